package org.cookiecharter.scan;

import java.util.Objects;
import java.util.Optional;

/**
 * How the scan made a state's choice.
 *
 * @param banner the banner driven, or the consent cookie given ({@code consent cookie NAME}); empty
 *     when none was found
 * @param driven whether the choice was made; when not, the state is checked as one where the
 *     visitor consented to nothing, never as consent
 * @param detail what happened, in words
 */
public record BannerOutcome(Optional<String> banner, boolean driven, String detail) {
  public BannerOutcome {
    Objects.requireNonNull(banner, "banner");
    Objects.requireNonNull(detail, "detail");
  }
}
