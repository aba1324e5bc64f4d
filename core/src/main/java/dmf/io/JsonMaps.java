package dmf.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.LinkedHashMap;
import java.util.Map;

/** Converts string-keyed maps to and from compact, strict JSON text, keeping key order. */
public final class JsonMaps {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.WRITE_ENUMS_USING_TO_STRING);
  private static final TypeReference<LinkedHashMap<String, Object>> MAP_TYPE =
      new TypeReference<>() {};

  private JsonMaps() {}

  /** JSON object text for {@code map}; non-finite doubles become strings like {@code "NaN"}. */
  public static String write(Map<String, Object> map) {
    try {
      return MAPPER.writeValueAsString(map);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("value cannot be written as JSON: " + e.getMessage(), e);
    }
  }

  /** The map in {@code json}; empty for null or blank text. */
  public static Map<String, Object> read(String json) throws JsonProcessingException {
    if (json == null || json.isBlank()) {
      return new LinkedHashMap<>();
    }
    return MAPPER.readValue(json, MAP_TYPE);
  }

  /** JSON text for any value (used for lists inside CSV cells). */
  public static String writeValue(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("value cannot be written as JSON: " + e.getMessage(), e);
    }
  }
}
