package io.javalin.http;

public enum SameSite {
  NONE,
  STRICT,
  LAX
}
