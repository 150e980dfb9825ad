package org.alignkit.spec;

import org.junit.jupiter.api.Test;

class SmokeTest {
  @Test
  void prints() {
    var f = TestFiles.framework();
    System.out.println(f.indicators().size());
    var l = TestFiles.loader();
    System.out.println(l.loadAssessment(TestFiles.resource("government.yaml")));
    System.out.println(l.loadExercise(TestFiles.resource("exercise.yaml")).groups());
    System.out.println(l.loadConsensus(TestFiles.resource("consensus.yaml")));
    System.out.println(SpecWriter.yaml().write(f));
    System.out.println(SpecWriter.json().write(l.loadConsensus(TestFiles.resource("consensus.yaml"))));
  }
}
