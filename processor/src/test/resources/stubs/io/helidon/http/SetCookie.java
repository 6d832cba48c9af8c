package io.helidon.http;

import java.time.Duration;
import java.util.Optional;

public class SetCookie {
  private SetCookie() {}

  public static SetCookie create(String name, String value) {
    return null;
  }

  public static Builder builder(String name, String value) {
    return null;
  }

  public Optional<Duration> maxAge() {
    return Optional.empty();
  }

  public static final class Builder {
    private Builder() {}

    public SetCookie build() {
      return null;
    }

    public Builder maxAge(Duration maxAge) {
      return this;
    }

    public Builder path(String path) {
      return this;
    }

    public Builder httpOnly(boolean httpOnly) {
      return this;
    }

    public Builder secure(boolean secure) {
      return this;
    }
  }
}
