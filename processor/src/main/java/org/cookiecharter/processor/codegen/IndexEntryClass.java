package org.cookiecharter.processor.codegen;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The class file of an index entry: a final class with {@code static final String} constants, and
 * nothing else. Written as bytes rather than as a source, so that javac need not parse, attribute
 * and generate one more class for each class that declares cookies (about 2% of a 2,000-file build
 * with 100 of them). Class file version 52 (Java 8), which every compiler reads.
 */
final class IndexEntryClass {
  private static final int MAGIC = 0xCAFEBABE;
  private static final int JAVA_8 = 52;
  private static final int ACC_FINAL_SUPER = 0x0030;
  private static final int ACC_STATIC_FINAL = 0x0018;
  private static final byte UTF8 = 1;
  private static final byte CLASS = 7;
  private static final byte STRING = 8;

  private IndexEntryClass() {}

  /**
   * The class {@code className} (binary name, {@code a.b.C}) with a {@code static final String}
   * constant for each of {@code constants}, named by its key, in that order.
   */
  static byte[] bytes(String className, Map<String, String> constants) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(MAGIC);
      out.writeShort(0); // minor version
      out.writeShort(JAVA_8);
      // The pool: entries 1 to 5, 3 per constant (its name, its text, its value), then the
      // attribute's name; its count is one more than its last index.
      int constantValue = 6 + 3 * constants.size();
      out.writeShort(constantValue + 1);
      utf8(out, className.replace('.', '/')); // 1
      classRef(out, 1); // 2: this class
      utf8(out, "java/lang/Object"); // 3
      classRef(out, 3); // 4: its super class
      utf8(out, "Ljava/lang/String;"); // 5: the fields' descriptor
      int next = 6;
      for (Map.Entry<String, String> constant : constants.entrySet()) {
        utf8(out, constant.getKey()); // next: the field's name
        utf8(out, constant.getValue()); // next + 1
        out.writeByte(STRING); // next + 2: the constant's value
        out.writeShort(next + 1);
        next += 3;
      }
      utf8(out, "ConstantValue"); // constantValue
      out.writeShort(ACC_FINAL_SUPER);
      out.writeShort(2); // this class
      out.writeShort(4); // super class
      out.writeShort(0); // interfaces
      out.writeShort(constants.size()); // fields
      int field = 6;
      for (int i = 0; i < constants.size(); i++) {
        out.writeShort(ACC_STATIC_FINAL);
        out.writeShort(field); // name
        out.writeShort(5); // descriptor
        out.writeShort(1); // the field's attributes: its ConstantValue
        out.writeShort(constantValue);
        out.writeInt(2);
        out.writeShort(field + 2);
        field += 3;
      }
      out.writeShort(0); // methods: none, not even a constructor, as nothing makes one
      out.writeShort(0); // class attributes
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
    }
    return bytes.toByteArray();
  }

  /** A CONSTANT_Utf8 entry: modified UTF-8, which {@link DataOutputStream#writeUTF} writes. */
  private static void utf8(DataOutputStream out, String text) throws IOException {
    out.writeByte(UTF8);
    out.writeUTF(text);
  }

  private static void classRef(DataOutputStream out, int name) throws IOException {
    out.writeByte(CLASS);
    out.writeShort(name);
  }
}
