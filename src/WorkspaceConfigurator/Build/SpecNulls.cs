using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using WorkspaceConfigurator.Catalog;

namespace WorkspaceConfigurator.Build;

/// <summary>
/// Finds a null in a field of a spec record (<see cref="VolumeSpec"/>, <see cref="ConfigMapSpec"/>, ...) that the
/// contract declares non-nullable, as a path such as <c>VolumeMounts[0].Name</c>. Only wsconf's spec records are
/// walked, with the value lists and maps they hold, not what they carry (a manifest's YAML). Which fields to look at
/// is worked out once per type and kept for the plan that builds the profiles.
/// </summary>
internal sealed class SpecNulls
{
    private const int MaxDepth = 4;

    private readonly NullabilityInfoContext nullability = new();
    private readonly Dictionary<Type, Field[]> fields = [];

    /// <summary>The path of the first null where the contract wants a value, or null when there is none.</summary>
    public string? Find(object value) => PluginSupport.IsSupported ? Find(value, 0) : null;

    // Reflection over plugin types: only reached where plugins run (see PluginSupport).
    [RequiresUnreferencedCode("reads the properties of a plugin's spec records")]
    private string? Find(object value, int depth)
    {
        var type = value.GetType();
        if (value is not ISpecRecord || depth > MaxDepth)
        {
            return null;
        }

        foreach (var field in FieldsOf(type))
        {
            var fieldValue = field.Property.GetValue(value);
            if (fieldValue is null)
            {
                if (field.NotNull)
                {
                    return field.Property.Name;
                }
            }
            else if (Inside(fieldValue, field.ElementsNotNull, depth) is { } inside)
            {
                return field.Property.Name + inside;
            }
        }

        return null;
    }

    [RequiresUnreferencedCode("reads the properties of a plugin's spec records")]
    private string? Inside(object value, bool elementsNotNull, int depth)
    {
        if (value is ISpecRecord)
        {
            return Find(value, depth + 1) is { } field ? "." + field : null;
        }

        // ValueList<T> and ValueMap<T>: their items, null or holding a null.
        if (!IsValueCollection(value.GetType()) || value is not IEnumerable items)
        {
            return null;
        }

        var index = 0;
        foreach (var item in items)
        {
            var label = $"[{index++}]";
            var element = item;
            if (item is not null && item.GetType() is { IsGenericType: true } itemType && itemType.GetGenericTypeDefinition() == typeof(KeyValuePair<,>))
            {
                var key = itemType.GetProperty("Key")!.GetValue(item);
                if (key is null)
                {
                    return $"{label} (a key)";
                }

                label = $"['{key}']";
                element = itemType.GetProperty("Value")!.GetValue(item);
            }

            if (element is null)
            {
                if (elementsNotNull)
                {
                    return label;
                }
            }
            else if (element is ISpecRecord && Find(element, depth + 1) is { } field)
            {
                return $"{label}.{field}";
            }
        }

        return null;
    }

    private static bool IsValueCollection(Type type) =>
        type.IsGenericType && (type.GetGenericTypeDefinition() == typeof(ValueList<>) || type.GetGenericTypeDefinition() == typeof(ValueMap<>));

    [RequiresUnreferencedCode("reads the properties of a plugin's spec records")]
    private Field[] FieldsOf(Type type)
    {
        if (fields.TryGetValue(type, out var known))
        {
            return known;
        }

        var list = new List<Field>();
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length == 0 && property.GetMethod is not null)
            {
                var info = nullability.Create(property);
                list.Add(new Field(property, info.ReadState == NullabilityState.NotNull, info.GenericTypeArguments is [{ ReadState: NullabilityState.NotNull }]));
            }
        }

        return fields[type] = [.. list];
    }

    private sealed record Field(PropertyInfo Property, bool NotNull, bool ElementsNotNull);
}
