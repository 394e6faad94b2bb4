using System.Text.Json;

namespace WorkspaceConfigurator.Schema;

/// <summary>
/// The JSON Schema of one setting's value in a values file: what wsconf's own parser accepts (a YAML scalar of any
/// kind for text, <c>2</c> or <c>"2000m"</c> for CPUs, ...), with the declaration's constraints. A plugin's setting of a
/// type wsconf does not know is described but left unconstrained, so the schema never refuses what wsconf accepts.
/// </summary>
internal static class SettingSchemas
{
    private const string Quantity = "^[+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][-+]?[0-9]+|m|k|M|G|T|P|E|Ki|Mi|Gi|Ti|Pi|Ei)?$";
    private const string DnsSubdomain = "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$";

    public static void Write(Utf8JsonWriter json, SettingDeclaration declaration)
    {
        var key = declaration.Key;
        json.WriteStartObject();
        json.WriteString("description", $"{key.Description} ({key.TypeName})");
        if (key.IsMap)
        {
            WriteMap(json, key);
        }
        else
        {
            json.WritePropertyName("anyOf");
            json.WriteStartArray();
            WriteValue(json, key, declaration.Constraints);
            if (key.IsOptional || declaration.Required)
            {
                Type(json, "null");
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    // null empties the map, as $patch: replace with no entries does.
    private static void WriteMap(Utf8JsonWriter json, SettingKey key)
    {
        SchemaParts.Types(json, "object", "null");
        SchemaParts.PatchDirective(json, "replace: drop the entries of the layers below and keep only these");
        json.WritePropertyName("additionalProperties");
        json.WriteStartObject();
        json.WritePropertyName("anyOf");
        json.WriteStartArray();
        if (key == CoreSettings.ExtraResourceLimits)
        {
            Count(json, null);
        }
        else
        {
            AnyScalar(json);
        }

        Type(json, "null");
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter json, SettingKey key, SettingConstraints? constraints)
    {
        if (constraints?.Allowed is { Count: > 0 } allowed)
        {
            json.WriteStartObject();
            json.WritePropertyName("enum");
            json.WriteStartArray();
            foreach (var value in allowed)
            {
                json.WriteStringValue(value);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            return;
        }

        if (key.Choices is { } choices)
        {
            Enum(json, choices);
            return;
        }

        switch (key.TypeName)
        {
            case "text" or "text (empty to unset)":
                if (constraints?.Pattern is { } pattern)
                {
                    json.WriteStartObject();
                    json.WriteString("type", "string");
                    json.WriteString("pattern", $"^(?:{pattern})$");
                    json.WriteEndObject();
                }
                else
                {
                    AnyScalar(json);
                }

                break;
            case "true or false":
                json.WriteStartObject();
                SchemaParts.BoolKeywords(json);
                json.WriteEndObject();
                break;
            case "whole CPUs":
                Integer(json, constraints, 0, 4096);
                PatternString(json, key.IsOptional ? "^([0-9]+(000m)?)?$" : "^[0-9]+(000m)?$");
                break;
            case "whole number":
                Count(json, constraints);
                break;
            case "memory":
                PatternString(json, key.IsOptional ? $"({Quantity})|^$" : Quantity);
                Integer(json, null, 0, null);
                break;
            case "size":
                PatternString(json, Quantity);
                Integer(json, null, 1, null);
                break;
            case "storage class name" or "claim name":
                PatternString(json, DnsSubdomain);
                break;
            case "absolute folder":
                PatternString(json, "^/[^\\s{}]*$");
                break;
            case "image path":
                PatternString(json, "^(/[^\\s{}]*)?$");
                break;
            case "Git URL":
                PatternString(json, "^((https|ssh)://[^\\s{}]+|[^\\s{}/@:]+@[^\\s{}/:]+:[^\\s{}]+)?$");
                break;
            case "Secret name":
                PatternString(json, "^([a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?)?$");
                break;
            case "duration":
                PatternString(json, "^(0|(?=[0-9])([0-9]+d)?([0-9]+h)?([0-9]+m)?([0-9]+s)?)$");
                Integer(json, null, 0, 0);
                break;
            case "comma-separated list":
                json.WriteStartObject();
                json.WriteString("type", "array");
                json.WriteNumber("minItems", 1);
                json.WritePropertyName("items");
                AnyScalar(json);
                json.WriteEndObject();
                AnyScalar(json);
                break;
            default:
                // A type only its plugin knows: described, not constrained.
                json.WriteStartObject();
                json.WriteEndObject();
                break;
        }
    }

    private static void Enum(Utf8JsonWriter json, IReadOnlyList<string> values)
    {
        json.WriteStartObject();
        json.WritePropertyName("enum");
        json.WriteStartArray();
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Count(Utf8JsonWriter json, SettingConstraints? constraints)
    {
        Integer(json, constraints, 0, 1_000_000);
        PatternString(json, "^[0-9]+$");
    }

    private static void Integer(Utf8JsonWriter json, SettingConstraints? constraints, long minimum, long? maximum)
    {
        json.WriteStartObject();
        json.WriteString("type", "integer");
        json.WriteNumber("minimum", Bound(constraints?.Minimum) ?? minimum);
        if ((Bound(constraints?.Maximum) ?? maximum) is { } max)
        {
            json.WriteNumber("maximum", max);
        }

        json.WriteEndObject();
    }

    private static long? Bound(string? text) => long.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : null;

    private static void PatternString(Utf8JsonWriter json, string pattern)
    {
        json.WriteStartObject();
        json.WriteString("type", "string");
        json.WriteString("pattern", pattern);
        json.WriteEndObject();
    }

    /// <summary>Any scalar: wsconf reads text settings from the scalar's text, whatever YAML type it looks like.</summary>
    public static void AnyScalar(Utf8JsonWriter json)
    {
        json.WriteStartObject();
        SchemaParts.Types(json, "string", "number", "boolean");
        json.WriteEndObject();
    }

    public static void Type(Utf8JsonWriter json, string type)
    {
        json.WriteStartObject();
        json.WriteString("type", type);
        json.WriteEndObject();
    }
}
