package org.alignkit.cli;

/** Bad input files shared by the command tests. */
final class MalformedFiles {
  private MalformedFiles() {}

  /** An assessment with an unknown indicator (line 8) and a level off the scale (line 11). */
  static final String BAD_ASSESSMENT = String.join(
      "\n",
      "apiVersion: alignkit/v1",
      "kind: Assessment",
      "framework: {id: alignkit-reference, version: \"1.0\"}",
      "country: XKV",
      "round: {id: \"2024\", date: 2024-03-14}",
      "group: {id: cso, kinds: [civil-society]}",
      "ratings:",
      "  - indicator: OP-11",
      "    level: 3",
      "  - indicator: OP-1.2",
      "    level: 9",
      "");
}
