// The reporting page's proof of work (served by the portal itself, nothing fetched from elsewhere):
// before the form is sent, find a number n such that SHA-256("<challenge>:" + n) starts with the
// challenge's number of zero bits, then send the form to /report/submit?c=<challenge>&s=<n>.
// SHA-256 as FIPS 180-4 defines it; the blocks of the challenge are hashed once (its midstate).
(function () {
    'use strict';
    var K = new Int32Array([
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2]);
    var H0 = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];
    var W = new Int32Array(64);

    function compress(h, block, off) {
        var i, j, x, y, t1, t2;
        for (i = 0; i < 16; i++) {
            j = off + i * 4;
            W[i] = (block[j] << 24) | (block[j + 1] << 16) | (block[j + 2] << 8) | block[j + 3];
        }
        for (i = 16; i < 64; i++) {
            x = W[i - 15];
            y = W[i - 2];
            W[i] = (W[i - 16] + (((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3))
                + W[i - 7] + (((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10))) | 0;
        }
        var a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], k = h[7];
        for (i = 0; i < 64; i++) {
            t1 = (k + (((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7)))
                + ((e & f) ^ (~e & g)) + K[i] + W[i]) | 0;
            t2 = ((((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10)))
                + ((a & b) ^ (a & c) ^ (b & c))) | 0;
            k = g; g = f; f = e; e = (d + t1) | 0; d = c; c = b; b = a; a = (t1 + t2) | 0;
        }
        h[0] = (h[0] + a) | 0; h[1] = (h[1] + b) | 0; h[2] = (h[2] + c) | 0; h[3] = (h[3] + d) | 0;
        h[4] = (h[4] + e) | 0; h[5] = (h[5] + f) | 0; h[6] = (h[6] + g) | 0; h[7] = (h[7] + k) | 0;
    }

    function Solver(prefix) {
        var bytes = new Uint8Array(prefix.length), i;
        for (i = 0; i < prefix.length; i++) {
            bytes[i] = prefix.charCodeAt(i) & 0xff;
        }
        this.mid = new Int32Array(H0);
        var full = Math.floor(bytes.length / 64);
        for (i = 0; i < full; i++) {
            compress(this.mid, bytes, i * 64);
        }
        this.rest = bytes.subarray(full * 64);
        this.total = bytes.length;
        this.buf = new Uint8Array(128);
        this.h = new Int32Array(8);
    }

    // The number of leading zero bits of SHA-256(prefix + n), counted up to 64.
    Solver.prototype.zeros = function (n) {
        var digits = String(n), buf = this.buf, len = this.rest.length, i;
        buf.fill(0);
        buf.set(this.rest, 0);
        for (i = 0; i < digits.length; i++) {
            buf[len + i] = digits.charCodeAt(i);
        }
        len += digits.length;
        buf[len] = 0x80;
        var blocks = len + 9 <= 64 ? 1 : 2;
        var end = blocks * 64;
        var bits = (this.total + digits.length) * 8;
        buf[end - 4] = (bits >>> 24) & 255;
        buf[end - 3] = (bits >>> 16) & 255;
        buf[end - 2] = (bits >>> 8) & 255;
        buf[end - 1] = bits & 255;
        this.h.set(this.mid);
        compress(this.h, buf, 0);
        if (blocks === 2) {
            compress(this.h, buf, 64);
        }
        return this.h[0] !== 0 ? Math.clz32(this.h[0]) : 32 + Math.clz32(this.h[1]);
    };

    var form = document.getElementById('report-form');
    if (!form) {
        return;
    }
    var sending = false;
    form.addEventListener('submit', function (event) {
        event.preventDefault();
        if (sending) {
            return;
        }
        sending = true;
        var challenge = form.getAttribute('data-challenge');
        var needed = parseInt(form.getAttribute('data-bits'), 10);
        var status = document.getElementById('report-pow-status');
        var button = document.getElementById('report-submit');
        button.disabled = true;
        status.textContent = form.getAttribute('data-working');
        var solver = new Solver(challenge + ':');
        var n = 0;
        function chunk() {
            var end = n + 20000;
            for (; n < end; n++) {
                if (solver.zeros(n) >= needed) {
                    form.setAttribute('action', form.getAttribute('data-action')
                        + '?c=' + encodeURIComponent(challenge) + '&s=' + n);
                    form.submit();
                    return;
                }
            }
            setTimeout(chunk, 0);
        }
        setTimeout(chunk, 0);
    });
}());
