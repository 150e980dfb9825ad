package org.alignkit.core;

import org.apiguardian.api.API;

/** The levels of a framework's tree, from the root down. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum NodeType {
  /** The whole framework. */
  FRAMEWORK,
  /** A domain: One Plan, One Budget, One Report in the default framework. */
  DOMAIN,
  /** A component of a domain. */
  COMPONENT,
  /** An indicator, the unit that groups rate. */
  INDICATOR
}
