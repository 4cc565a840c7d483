/** HTTP endpoints for documents: import pasted text or files, list them, read one. */
package org.factbench.document.api;
