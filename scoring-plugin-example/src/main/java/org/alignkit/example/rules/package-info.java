/** An example third-party scoring rule: the trimmed mean. */
package org.alignkit.example.rules;
