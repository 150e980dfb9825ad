package org.alignkit.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.alignkit.core.LocalizedText;
import org.alignkit.scoring.RuleSet;
import org.alignkit.scoring.RuleSets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rule-set titles and descriptions in several languages, like a framework's texts. */
class LocalizedRuleSetTest {
  @TempDir
  Path dir;

  @Test
  void theBundledRuleSetsHaveFrenchTitlesAndDescriptions() {
    for (String id : SpecLoader.defaults().bundledRuleSetIds()) {
      RuleSet r = SpecLoader.defaults().bundledRuleSet(id);
      assertThat(r.localizedTitle().languages()).as(id).containsExactly("en", "fr");
      assertThat(r.localizedTitle().english()).as(id).isEqualTo(r.title());
      assertThat(r.localizedDescription().english()).as(id).isEqualTo(r.description());
      assertThat(r.localizedDescription().get("fr")).as(id).isNotEqualTo(r.description());
    }
    assertThat(RuleSets.pefaM1().localizedTitle().get("fr"))
        .isEqualTo("PEFA 2016, méthode M1 (maillon le plus faible)");
  }

  @Test
  void aRuleSetFileGivesATitleAsATextOrPerLanguageAndWritesItBack() {
    String file = String.join(
        "\n",
        "apiVersion: alignkit/v1",
        "kind: RuleSet",
        "id: mine",
        "title: {en: Our rules, fr: Nos règles}",
        "description: {en: Mean and floor., fr: Moyenne et arrondi inférieur.}",
        "rules:",
        "  components: {aggregation: mean, banding: floor, missingData: exclude}",
        "  domains: {aggregation: mean, banding: floor, missingData: exclude}",
        "  framework: {aggregation: mean, banding: floor, missingData: exclude}",
        "");
    RuleSet r = SpecLoader.defaults().loadRuleSet(TestFiles.write(dir, "mine.yaml", file));
    assertThat(r.title()).isEqualTo("Our rules");
    assertThat(r.localizedTitle()).isEqualTo(LocalizedText.of("Our rules", "Nos règles"));
    assertThat(r.description()).isEqualTo("Mean and floor.");
    assertThat(r.localizedDescription().get("fr")).isEqualTo("Moyenne et arrondi inférieur.");
    Path written = dir.resolve("written.yaml");
    SpecWriter.yaml().write(r, written);
    assertThat(SpecLoader.defaults().loadRuleSet(written)).isEqualTo(r);
    // A plain text is the English title, as before.
    RuleSet plain = SpecLoader.defaults()
        .loadRuleSet(TestFiles.write(
            dir,
            "plain.yaml",
            file.replace("title: {en: Our rules, fr: Nos règles}", "title: Our rules")
                .replace(
                    "description: {en: Mean and floor., fr: Moyenne et arrondi inférieur.}",
                    "description: Mean and floor.")));
    assertThat(plain.localizedTitle()).isEqualTo(LocalizedText.en("Our rules"));
    assertThat(plain.description()).isEqualTo("Mean and floor.");
  }
}
