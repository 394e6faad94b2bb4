using System.Text.Json;

namespace WorkspaceConfigurator.Schema;

/// <summary>The few JSON Schema fragments the values schema writes in many places.</summary>
internal static class SchemaParts
{
    /// <summary><c>"type": [types...]</c> in the object being written.</summary>
    public static void Types(Utf8JsonWriter json, params string[] types)
    {
        json.WritePropertyName("type");
        json.WriteStartArray();
        foreach (var type in types)
        {
            json.WriteStringValue(type);
        }

        json.WriteEndArray();
    }

    /// <summary>The <c>"properties": {"$patch": ...}</c> of a map whose layers merge: only <c>replace</c> is a strategy.</summary>
    public static void PatchDirective(Utf8JsonWriter json, string description)
    {
        json.WritePropertyName("properties");
        json.WriteStartObject();
        json.WritePropertyName("$patch");
        json.WriteStartObject();
        json.WriteString("description", description);
        json.WritePropertyName("enum");
        json.WriteStartArray();
        json.WriteStringValue("replace");
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>A property with a description and one type.</summary>
    public static void Property(Utf8JsonWriter json, string name, string description, string type)
    {
        json.WritePropertyName(name);
        json.WriteStartObject();
        json.WriteString("description", description);
        json.WriteString("type", type);
        json.WriteEndObject();
    }

    /// <summary>The flags wsconf reads (true/false, yes/no, on/off, 1/0), as the keywords of the object being written.</summary>
    public static void BoolKeywords(Utf8JsonWriter json)
    {
        json.WritePropertyName("anyOf");
        json.WriteStartArray();
        json.WriteStartObject();
        json.WriteString("type", "boolean");
        json.WriteEndObject();
        json.WriteStartObject();
        json.WritePropertyName("enum");
        json.WriteStartArray();
        foreach (var value in BoolTexts)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteStartObject();
        json.WritePropertyName("enum");
        json.WriteStartArray();
        json.WriteNumberValue(0);
        json.WriteNumberValue(1);
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
    }

    // SettingTypes.ParseBool takes these in any letter case; the schema lists the usual spellings.
    private static readonly string[] BoolTexts = ["true", "false", "yes", "no", "on", "off", "1", "0", "True", "False", "Yes", "No", "On", "Off"];
}
