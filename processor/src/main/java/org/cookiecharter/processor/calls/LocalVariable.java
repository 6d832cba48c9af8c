package org.cookiecharter.processor.calls;

import com.sun.source.util.TreePath;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A local variable as the method (or initializer) that declares it shows it: what it is initialized
 * with, where it is read, and whether it is assigned after its declaration, where only the flow of
 * the method would tell its value. How {@link ObjectUses} follows an object and {@link
 * NameEvaluator} a name through a variable; {@link LocalVariables} reads them.
 *
 * @param initializer its initializer; null if it has none
 * @param reads where it is read, in source order
 * @param assigned whether it is assigned, plainly or compoundly ({@code +=}), after its declaration
 */
record LocalVariable(@Nullable TreePath initializer, List<TreePath> reads, boolean assigned) {}
