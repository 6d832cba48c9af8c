package org.cookiecharter.processor.codegen;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The class file of an index entry: a final class with one {@code static final String} constant,
 * and nothing else. Written as bytes rather than as a source, so that javac need not parse,
 * attribute and generate one more class for each class that declares cookies (about 2% of a
 * 2,000-file build with 100 of them). Class file version 52 (Java 8), which every compiler reads.
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
   * The class {@code className} (binary name, {@code a.b.C}) with a constant {@code constant} that
   * holds {@code value}.
   */
  static byte[] bytes(String className, String constant, String value) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(MAGIC);
      out.writeShort(0); // minor version
      out.writeShort(JAVA_8);
      out.writeShort(10); // constant pool count: entries 1 to 9
      utf8(out, className.replace('.', '/')); // 1
      classRef(out, 1); // 2: this class
      utf8(out, "java/lang/Object"); // 3
      classRef(out, 3); // 4: its super class
      utf8(out, constant); // 5: the field's name
      utf8(out, "Ljava/lang/String;"); // 6: its descriptor
      utf8(out, "ConstantValue"); // 7
      utf8(out, value); // 8
      out.writeByte(STRING); // 9: the constant's value
      out.writeShort(8);
      out.writeShort(ACC_FINAL_SUPER);
      out.writeShort(2); // this class
      out.writeShort(4); // super class
      out.writeShort(0); // interfaces
      out.writeShort(1); // fields
      out.writeShort(ACC_STATIC_FINAL);
      out.writeShort(5);
      out.writeShort(6);
      out.writeShort(1); // the field's attributes: its ConstantValue
      out.writeShort(7);
      out.writeInt(2);
      out.writeShort(9);
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
