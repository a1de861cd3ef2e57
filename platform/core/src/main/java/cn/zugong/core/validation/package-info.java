/** Refusal of invalid input: a problem per field with its message key, and the shared text limits. */
package cn.zugong.core.validation;
