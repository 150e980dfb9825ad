/** An application that uses AlignKit on the module path. */
module consumer {
  requires org.alignkit.spec;
  requires org.alignkit.analysis;
  requires org.alignkit.report;
}
