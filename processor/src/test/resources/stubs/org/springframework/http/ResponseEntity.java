package org.springframework.http;

public class ResponseEntity<T> {
  private ResponseEntity() {}

  public static BodyBuilder ok() {
    return null;
  }

  public interface HeadersBuilder<B extends HeadersBuilder<B>> {
    B header(String headerName, String... headerValues);
  }

  public interface BodyBuilder extends HeadersBuilder<BodyBuilder> {
    <T> ResponseEntity<T> body(T body);
  }
}
