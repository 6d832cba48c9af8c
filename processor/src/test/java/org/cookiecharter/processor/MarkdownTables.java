package org.cookiecharter.processor;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/** Reads Markdown tables as a Markdown reader does: CommonMark with GitHub's tables. */
final class MarkdownTables {
  private static final Parser PARSER =
      Parser.builder().extensions(List.of(TablesExtension.create())).build();

  private MarkdownTables() {}

  /**
   * The text of each cell of the body rows of the document's tables, a {@code <br>} read as a line
   * feed. A cell must hold only text and {@code <br>}: any other node is a value read as markup.
   */
  static List<List<String>> bodyRows(String markdown) {
    List<List<String>> rows = new ArrayList<>();
    PARSER
        .parse(markdown)
        .accept(
            new AbstractVisitor() {
              @Override
              public void visit(CustomBlock block) {
                if (block instanceof TableBlock) {
                  for (Node part = block.getFirstChild(); part != null; part = part.getNext()) {
                    if (!(part instanceof TableHead)) {
                      for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
                        rows.add(cells((TableRow) row));
                      }
                    }
                  }
                }
              }
            });
    return rows;
  }

  private static List<String> cells(TableRow row) {
    List<String> cells = new ArrayList<>();
    for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
      StringBuilder text = new StringBuilder();
      for (Node inline = ((TableCell) cell).getFirstChild();
          inline != null;
          inline = inline.getNext()) {
        if (inline instanceof Text plain) {
          text.append(plain.getLiteral());
        } else if (inline instanceof HtmlInline html && html.getLiteral().equals("<br>")) {
          text.append('\n');
        } else {
          throw new AssertionError("a value read as Markdown markup: " + inline + " in " + row);
        }
      }
      cells.add(text.toString());
    }
    return cells;
  }
}
