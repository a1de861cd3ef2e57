/** Who is calling: the current user of the request, its origin, and the refusal raised when the caller may not act. */
package cn.zugong.core.security;
