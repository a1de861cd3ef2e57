/**
 * The REST API v1 under {@code /api/v1}: thin Jakarta REST resources over the core services, JSON
 * records in and out, RFC 9457 problem details for every error. Callers authenticate with a bearer
 * access token of the realm; tenant and roles come from that token exactly as for the browser.
 */
package cn.zugong.rest;
