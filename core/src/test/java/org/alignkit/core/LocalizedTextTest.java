package org.alignkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LocalizedTextTest {
  private final LocalizedText text =
      LocalizedText.of(Map.of("en", "One Plan", "fr", "Plan unique", "fr-CA", "Plan unique (QC)"));

  @Test
  void fallsBackFromRegionToLanguageToEnglish() {
    assertThat(text.get(Locale.CANADA_FRENCH)).isEqualTo("Plan unique (QC)");
    assertThat(text.get(Locale.forLanguageTag("fr-BE"))).isEqualTo("Plan unique");
    assertThat(text.get(Locale.FRENCH)).isEqualTo("Plan unique");
    assertThat(text.get(Locale.forLanguageTag("pt-BR"))).isEqualTo("One Plan");
  }

  @Test
  void withoutEnglishFallsBackToFirstLanguageInTagOrder() {
    LocalizedText onlyFrench =
        LocalizedText.of(Map.of("fr", "Budget unique", "pt", "Orçamento único"));
    assertThat(onlyFrench.get(Locale.GERMAN)).isEqualTo("Budget unique");
    assertThat(LocalizedText.empty().get(Locale.FRENCH)).isEmpty();
  }

  @Test
  void normalisesTags() {
    LocalizedText t = LocalizedText.of(Map.of("FR_ca", "x"));
    assertThat(t.languages()).containsExactly("fr-CA");
    assertThat(t.exactly("fr-ca")).contains("x");
  }

  @Test
  void rejectsBlankTextsAndBadTags() {
    assertThatThrownBy(() -> LocalizedText.of(Map.of("en", " ")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("blank text for language en");
    assertThatThrownBy(() -> LocalizedText.of(Map.of("not a tag!", "x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a language tag");
  }

  @Test
  void equalityFollowsTranslations() {
    assertThat(LocalizedText.of("a", "b"))
        .isEqualTo(LocalizedText.of(Map.of("fr", "b", "en", "a")));
    assertThat(LocalizedText.of("a", "b")).isNotEqualTo(LocalizedText.of("a", "c"));
  }
}
