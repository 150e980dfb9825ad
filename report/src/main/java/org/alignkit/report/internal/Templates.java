package org.alignkit.report.internal;

import freemarker.cache.StringTemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.Version;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * The FreeMarker set-up: one configuration and one parsed template, shared and thread-safe. The
 * template is read by this module's own code (so it stays encapsulated under JPMS) and handed to
 * FreeMarker through a string loader under its {@code .ftlh} name, which selects the HTML output
 * format: every interpolation is HTML-escaped unless it is already markup.
 */
public final class Templates {
  private static final Version INCOMPATIBLE_IMPROVEMENTS = Configuration.VERSION_2_3_35;
  private final Template report;

  /** Loads and parses the report template. */
  public Templates() {
    Configuration cfg = new Configuration(INCOMPATIBLE_IMPROVEMENTS);
    StringTemplateLoader loader = new StringTemplateLoader();
    loader.putTemplate("report.ftlh", read("report.ftlh"));
    cfg.setTemplateLoader(loader);
    cfg.setRecognizeStandardFileExtensions(true);
    cfg.setOutputFormat(HTMLOutputFormat.INSTANCE);
    cfg.setAutoEscapingPolicy(Configuration.ENABLE_IF_SUPPORTED_AUTO_ESCAPING_POLICY);
    cfg.setDefaultEncoding("UTF-8");
    cfg.setLocale(Locale.ROOT);
    cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    cfg.setLogTemplateExceptions(false);
    cfg.setWrapUncheckedExceptions(true);
    cfg.setFallbackOnNullLoopVariable(false);
    cfg.setAPIBuiltinEnabled(false);
    cfg.setObjectWrapper(new DefaultObjectWrapperBuilder(INCOMPATIBLE_IMPROVEMENTS).build());
    try {
      this.report = cfg.getTemplate("report.ftlh");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot parse the report template", e);
    }
  }

  /** Renders the report template with its data. */
  public void renderReport(Map<String, Object> data, Writer out) throws IOException {
    try {
      report.process(data, out);
    } catch (TemplateException e) {
      // A bug in the template or its data, never bad user input: all user text is data.
      throw new IllegalStateException("report template failed: " + e.getMessage(), e);
    }
  }

  /** Whether the template escapes HTML (it must). */
  public boolean autoEscapes() {
    return report.getAutoEscaping() && report.getOutputFormat() == HTMLOutputFormat.INSTANCE;
  }

  private static String read(String name) {
    try (InputStream in = Templates.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }
}
