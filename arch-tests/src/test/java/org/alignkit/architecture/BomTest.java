package org.alignkit.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code alignkit-bom} lists every published module at the project's version, and nothing else: a
 * module is published when it is a jar whose deployment is not skipped.
 */
class BomTest {
  private static final Path ROOT = Path.of("..");
  private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");
  private static final Pattern ARTIFACT =
      Pattern.compile("<artifactId>(alignkit-[^<]+)</artifactId>");

  private static String text(Path p) throws Exception {
    return Files.readString(p);
  }

  private static String projectVersion(String pom) {
    // the first <version> after the project's own <artifactId> (the parent's comes before it)
    String afterParent = pom.contains("</parent>") ? pom.substring(pom.indexOf("</parent>")) : pom;
    Matcher m = Pattern.compile("<version>([^<]+)</version>").matcher(afterParent);
    return m.find() ? m.group(1) : "";
  }

  @Test
  void theBomListsEveryPublishedModuleAtTheProjectsVersion() throws Exception {
    String parent = text(ROOT.resolve("pom.xml"));
    String version = projectVersion(parent);
    Set<String> published = new TreeSet<>();
    Matcher modules = MODULE.matcher(parent);
    while (modules.find()) {
      String pom = text(ROOT.resolve(modules.group(1)).resolve("pom.xml"));
      String own = pom.substring(pom.indexOf("</parent>") < 0 ? 0 : pom.indexOf("</parent>"));
      Matcher id = Pattern.compile("<artifactId>([^<]+)</artifactId>").matcher(own);
      assertThat(id.find()).isTrue();
      boolean jar = !own.contains("<packaging>pom</packaging>");
      boolean deployed = !own.contains("<maven.deploy.skip>true</maven.deploy.skip>");
      if (jar && deployed) {
        published.add(id.group(1));
      }
    }
    assertThat(published).contains("alignkit-core", "alignkit-analysis", "alignkit-cli");

    String bom = text(ROOT.resolve("bom/pom.xml"));
    assertThat(projectVersion(bom)).isEqualTo(version);
    String managed = bom.substring(
        bom.indexOf("<dependencyManagement>"), bom.indexOf("</dependencyManagement>"));
    Set<String> listed = new TreeSet<>();
    Matcher artifacts = ARTIFACT.matcher(managed);
    while (artifacts.find()) {
      listed.add(artifacts.group(1));
    }
    assertThat(listed).isEqualTo(published);
    Matcher versions = Pattern.compile("<version>([^<]+)</version>").matcher(managed);
    while (versions.find()) {
      assertThat(versions.group(1)).isEqualTo(version);
    }
  }
}
