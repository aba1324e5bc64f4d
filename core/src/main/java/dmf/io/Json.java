package dmf.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dmf.base.UserInputException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** JSON text for summaries, provenance and metadata (Jackson), written atomically. */
public final class Json {
  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(SerializationFeature.WRITE_ENUMS_USING_TO_STRING)
          .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
          .build();

  private Json() {}

  /**
   * @param value maps, lists, strings, numbers, arrays
   * @return pretty-printed JSON
   */
  public static String toJson(Object value) {
    try {
      return MAPPER.writeValueAsString(value) + "\n";
    } catch (JsonProcessingException ex) {
      throw new IllegalArgumentException("cannot serialize " + value, ex);
    }
  }

  /**
   * Writes {@code value} as JSON, atomically.
   *
   * @param file the target
   * @param value the content
   */
  public static void write(Path file, Object value) {
    AtomicFiles.writeString(file, toJson(value));
  }

  /**
   * @param text JSON text
   * @param what names the source in error messages
   * @return the top-level object
   */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> parseObject(String text, String what) {
    try {
      Object v = MAPPER.readValue(text, Object.class);
      if (!(v instanceof Map)) {
        throw new UserInputException(what + ": expected a JSON object");
      }
      return new LinkedHashMap<>((Map<String, Object>) v);
    } catch (JsonProcessingException ex) {
      throw new UserInputException(
          what
              + ": invalid JSON at line "
              + ex.getLocation().getLineNr()
              + ": "
              + ex.getOriginalMessage());
    }
  }

  /**
   * @param file a JSON file holding an object
   * @return its content
   */
  public static Map<String, Object> readObject(Path file) {
    return parseObject(TextFiles.read(file, "JSON file"), file.toString());
  }
}
