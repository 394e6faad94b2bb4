using System.Text.Json;
using WorkspaceConfigurator.Layers.Items;

namespace WorkspaceConfigurator.Schema;

/// <summary>The JSON Schema of each kind of named item: a map from item names to their fields (or null to remove one).</summary>
internal static class ItemSchemas
{
    public static void Write(Utf8JsonWriter json, ItemKind kind)
    {
        json.WriteStartObject();
        json.WriteString("description", $"{kind.Noun}s by name: add one, patch one field by field, or null to remove one ($patch: replace drops those of the layers below)");
        SchemaParts.Types(json, "object", "null");
        SchemaParts.PatchDirective(json, "replace: drop the items of the layers below and keep only these");
        json.WritePropertyName("additionalProperties");
        json.WriteStartObject();
        json.WritePropertyName("anyOf");
        json.WriteStartArray();
        if (kind.IsNameOnly)
        {
            json.WriteStartObject();
            json.WriteString("type", "object");
            json.WriteBoolean("additionalProperties", false);
            json.WriteEndObject();
            json.WriteStartObject();
            json.WritePropertyName("const");
            json.WriteBooleanValue(true);
            json.WriteEndObject();
        }
        else
        {
            Item(json, kind);
        }

        SettingSchemas.Type(json, "null");
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void Item(Utf8JsonWriter json, ItemKind kind)
    {
        json.WriteStartObject();
        json.WriteString("type", "object");
        json.WriteBoolean("additionalProperties", false);
        json.WritePropertyName("properties");
        json.WriteStartObject();
        foreach (var field in kind.Fields)
        {
            json.WritePropertyName(field.Name);
            json.WriteStartObject();
            json.WriteString("description", field.RequiredForNew ? $"{field.Description} (required for a new {kind.Noun})" : field.Description);
            Field(json, field.Type);
            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void Field(Utf8JsonWriter json, ItemFieldType type)
    {
        switch (type)
        {
            case ItemFieldType.Text or ItemFieldType.TextFile or ItemFieldType.ManifestFile:
                json.WriteString("type", "string");
                break;
            case ItemFieldType.OptionalText:
                SchemaParts.Types(json, "string", "null");
                break;
            case ItemFieldType.Bool:
                SchemaParts.BoolKeywords(json);
                break;
            case ItemFieldType.FileMode:
                // "0644" (octal text), or a plain number: 420 (decimal, as Kubernetes reads it) or 0644 (octal).
                SchemaParts.Types(json, "string", "integer");
                json.WriteString("pattern", "^[0-7]{3,4}$");
                json.WriteNumber("minimum", 0);
                json.WriteNumber("maximum", 511);
                break;
            case ItemFieldType.Size:
                SchemaParts.Types(json, "string", "integer");
                break;
            case ItemFieldType.AccessModes:
                json.WriteString("type", "array");
                json.WriteNumber("minItems", 1);
                json.WritePropertyName("items");
                json.WriteStartObject();
                json.WritePropertyName("enum");
                json.WriteStartArray();
                foreach (var mode in Enum.GetNames<AccessMode>())
                {
                    json.WriteStringValue(mode);
                }

                json.WriteEndArray();
                json.WriteEndObject();
                break;
            case ItemFieldType.TextList:
                json.WriteString("type", "array");
                json.WritePropertyName("items");
                json.WriteStartObject();
                json.WriteString("type", "string");
                json.WriteEndObject();
                break;
            case ItemFieldType.TextMap:
                json.WriteString("type", "object");
                json.WritePropertyName("additionalProperties");
                json.WriteStartObject();
                SchemaParts.Types(json, "string", "null");
                json.WriteEndObject();
                break;
            case ItemFieldType.VolumeMounts:
                ObjectList(json, ["name", "mount_path"], ["sub_path"]);
                break;
            case ItemFieldType.Subjects:
                ObjectList(json, ["name", "kind"], []);
                break;
            case ItemFieldType.Role:
                json.WriteString("type", "object");
                json.WriteBoolean("additionalProperties", false);
                json.WritePropertyName("properties");
                json.WriteStartObject();
                foreach (var name in new[] { "resources", "api_groups" })
                {
                    json.WritePropertyName(name);
                    json.WriteStartObject();
                    json.WriteString("type", "array");
                    json.WriteEndObject();
                }

                json.WritePropertyName("name");
                json.WriteStartObject();
                json.WriteString("type", "string");
                json.WriteEndObject();
                json.WritePropertyName("verbs");
                json.WriteStartObject();
                json.WriteString("type", "array");
                json.WritePropertyName("items");
                json.WriteStartObject();
                json.WritePropertyName("enum");
                json.WriteStartArray();
                foreach (var verb in Enum.GetValues<RoleVerb>())
                {
                    json.WriteStringValue(verb.ToApiName());
                }

                json.WriteEndArray();
                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteEndObject();
                break;
            case ItemFieldType.Manifests:
                json.WriteString("type", "array");
                json.WritePropertyName("items");
                json.WriteStartObject();
                json.WriteString("type", "object");
                json.WritePropertyName("required");
                json.WriteStartArray();
                json.WriteStringValue("apiVersion");
                json.WriteStringValue("kind");
                json.WriteStringValue("metadata");
                json.WriteEndArray();
                json.WriteEndObject();
                break;
        }
    }

    private static void ObjectList(Utf8JsonWriter json, string[] required, string[] optional)
    {
        json.WriteString("type", "array");
        json.WritePropertyName("items");
        json.WriteStartObject();
        json.WriteString("type", "object");
        json.WriteBoolean("additionalProperties", false);
        json.WritePropertyName("required");
        json.WriteStartArray();
        foreach (var name in required)
        {
            json.WriteStringValue(name);
        }

        json.WriteEndArray();
        json.WritePropertyName("properties");
        json.WriteStartObject();
        foreach (var name in required.Concat(optional))
        {
            json.WritePropertyName(name);
            json.WriteStartObject();
            json.WriteString("type", "string");
            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }
}
