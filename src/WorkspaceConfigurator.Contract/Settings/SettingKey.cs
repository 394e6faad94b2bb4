namespace WorkspaceConfigurator.Contract;

/// <summary>
/// The name, type and meaning of one overridable setting. A key knows how to parse a command-line value into
/// its type, so every override is typed the same way wherever it comes from.
/// </summary>
public abstract class SettingKey
{
    // Closed: a setting is a SettingKey<T> (or one of wsconf's map settings), which the ladder knows how to read.
    private protected SettingKey(string name, string description)
    {
        if (!IsSnakeCase(name))
        {
            throw new ArgumentException($"setting name '{name}' must be snake_case (e.g. mlflow_tracking_uri)", nameof(name));
        }

        Name = name;
        Description = description;
    }

    /// <summary>The snake_case field name used in <c>--override SLUG:FIELD=VALUE</c>.</summary>
    public string Name { get; }

    /// <summary>One line for <c>describe</c> and error messages.</summary>
    public string Description { get; }

    /// <summary>A short type name shown to people, e.g. "whole CPUs" or "memory".</summary>
    public abstract string TypeName { get; }

    /// <summary>Map settings take entries with a dotted field (<c>env.NAME=VALUE</c>) and merge onto what the hooks produce.</summary>
    public virtual bool IsMap => false;

    /// <summary>Parses a command-line value; throws <see cref="FormatException"/> with a message that says what is valid.</summary>
    internal abstract object ParseValue(string raw);

    /// <summary>True for list settings (<c>groups</c>), which a values file writes as a YAML list.</summary>
    public virtual bool IsList => false;

    /// <summary>True when the setting may have no value (<c>default_url</c>, <c>cpu_guarantee</c>).</summary>
    public virtual bool IsOptional => false;

    /// <summary>For enumerations: every valid value.</summary>
    public virtual IReadOnlyList<string>? Choices => null;

    /// <summary>Parses the items of a YAML list; throws <see cref="FormatException"/> for a setting that is no list.</summary>
    internal virtual object ParseItems(IReadOnlyList<string> items) => throw new FormatException($"is a list; expected {TypeName}");

    /// <summary>
    /// Whether <paramref name="other"/> reads values as this key does (the same setting type, so the same parser):
    /// "whole number" and "duration" are both numbers, yet read "2h" differently.
    /// </summary>
    internal abstract bool ReadsLike(SettingKey other);

    /// <summary>For map settings: null when an entry key is valid, else what is wrong with it.</summary>
    internal virtual string? CheckEntryKey(string key) => null;

    /// <summary>Formats a value of this setting for people.</summary>
    internal abstract string FormatValue(object? value);

    public override string ToString() => Name;

    // ^[a-z][a-z0-9_]*$
    private static bool IsSnakeCase(string name)
    {
        if (name.Length == 0 || !char.IsAsciiLetterLower(name[0]))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_'))
            {
                return false;
            }
        }

        return true;
    }
}
