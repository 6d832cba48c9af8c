#!/usr/bin/env bash
# grep-candidates.sh <project>: every line that may set a cookie, for reading (ground truth)
cd "$(dirname "$0")/p/$1/src" || exit 1
grep -rnE --include=*.java 'new ([a-z]+\.)*[A-Za-z]*Cookie(Impl)?\(|Set-Cookie|SET_COOKIE|addCookie|getSession\(|changeSessionId|rememberMe\(|RememberMeServices\(|NewCookie|ResponseCookie|setCookie\b|setCookieName|SimpleCookie|CookieGenerator|HttpCookie|setSessionCookie|CsrfTokenRepository\(|withHttpOnlyFalse|CookieLocaleResolver|formLogin|oauth2Login|sessionManagement|HttpSession [a-z]|addHeader\(|setHeader\(|Cookie\.of\(|\.cookie\(' . | grep -vE '^\S+:[0-9]+:\s*(\*|//|/\*)' 
