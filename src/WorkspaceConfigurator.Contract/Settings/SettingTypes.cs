using System.Globalization;

namespace WorkspaceConfigurator.Contract;

/// <summary>The value types settings use. Every parser throws <see cref="FormatException"/> saying what is valid.</summary>
public static class SettingTypes
{
    public static SettingType<string> Text { get; } = new("text", raw => raw, v => v);

    public static SettingType<string> NonEmptyText { get; } = new("text", raw =>
        string.IsNullOrWhiteSpace(raw) ? throw new FormatException("must not be empty") : raw, v => v);

    /// <summary>Optional text: an empty value removes it.</summary>
    public static SettingType<string?> OptionalText { get; } = new("text (empty to unset)", raw => raw.Length == 0 ? null : raw, v => v ?? "(none)")
    {
        IsOptional = true,
    };

    public static SettingType<bool> Bool { get; } = new("true or false", ParseBool, v => v ? "true" : "false");

    public static SettingType<int> WholeCpus { get; } = new("whole CPUs", ParseWholeCpus, v => v.ToString(CultureInfo.InvariantCulture));

    /// <summary>Optional whole CPUs: an empty value removes it.</summary>
    public static SettingType<int?> OptionalWholeCpus { get; } = new("whole CPUs", raw => raw.Length == 0 ? null : ParseWholeCpus(raw), v => v?.ToString(CultureInfo.InvariantCulture) ?? "(none)");

    public static SettingType<Memory> Memory { get; } = new("memory", ParseMemory, v => v.ToHubString());

    /// <summary>Optional memory: an empty value removes it.</summary>
    public static SettingType<Memory?> OptionalMemory { get; } = new("memory", raw => raw.Length == 0 ? null : ParseMemory(raw), v => v?.ToHubString() ?? "(none)");

    public static SettingType<Quantity> Size { get; } = new("size", ParseSize, v => v.Text);

    public static SettingType<long> Count { get; } = new("whole number", ParseCount, v => v.ToString(CultureInfo.InvariantCulture));

    public static SettingType<string> StorageClass { get; } = new("storage class name", raw =>
        Names.IsDnsSubdomain(raw) ? raw : throw new FormatException($"'{raw}' is not a storage class name (a DNS-1123 subdomain such as standard or managed-nfs)"), v => v);

    /// <summary>A comma-separated list with at least one item; blanks are dropped, order kept, repeats dropped.</summary>
    public static SettingType<ValueList<string>> NonEmptyList { get; } = new("comma-separated list", ParseList, v => v.Count == 0 ? "(none)" : string.Join(",", v))
    {
        ParseItems = ParseListItems,
    };

    /// <summary>How files placed in the home reach it: mounted over the home's own files at every start, or copied once.</summary>
    public static SettingType<string> RcFiles { get; } = new("mount or seed", ParseRcFiles, v => v) { Choices = ["mount", "seed"] };

    /// <summary>An absolute folder in the workspace container, e.g. /workspace or /home/jovyan.</summary>
    public static SettingType<string> HomePath { get; } = new("absolute folder", LifecycleValues.ParseHomePath, v => v);

    /// <summary>An optional absolute path of a file in the image; an empty value unsets it.</summary>
    public static SettingType<string?> OptionalImagePath { get; } = new("image path",
        raw => raw.Length == 0 ? null : LifecycleValues.ParseImagePath(raw), v => v ?? "(none)") { IsOptional = true };

    /// <summary>An optional https or ssh Git URL; an empty value unsets it.</summary>
    public static SettingType<string?> OptionalGitUrl { get; } = new("Git URL",
        raw => raw.Length == 0 ? null : LifecycleValues.ParseGitUrl(raw), v => v ?? "(none)") { IsOptional = true };

    /// <summary>An optional name of an object that is also a pod volume name (a DNS-1123 label); an empty value unsets it.</summary>
    public static SettingType<string?> OptionalObjectName { get; } = new("Secret name",
        raw => raw.Length == 0 ? null : Names.IsDnsLabel(raw) ? raw : throw new FormatException($"'{raw}' is not a Secret name that can also name a pod volume (a DNS-1123 label: lowercase letters, digits and '-', at most 63)"),
        v => v ?? "(none)") { IsOptional = true };

    /// <summary>A claim name (a DNS-1123 subdomain).</summary>
    public static SettingType<string> ClaimName { get; } = new("claim name", raw =>
        Names.IsDnsSubdomain(raw) ? raw : throw new FormatException($"'{raw}' is not a claim name (a DNS-1123 subdomain such as workspace-claim)"), v => v);

    /// <summary>A duration such as 90m, 2h or 1h30m, in whole seconds; 0 is off.</summary>
    public static SettingType<long> Duration { get; } = new("duration", raw => (long)LifecycleValues.ParseDuration(raw).TotalSeconds,
        seconds => LifecycleValues.FormatDuration(TimeSpan.FromSeconds(seconds)));

    internal static string ParseRcFiles(string raw) => raw.Trim() switch
    {
        "mount" => "mount",
        "seed" => "seed",
        _ => throw new FormatException($"'{raw}' is not a way to place rc files (mount: mounted read-only at every start; seed: copied into the home once, then the user's)"),
    };

    internal static bool ParseBool(string raw) => raw.Trim().ToLowerInvariant() switch
    {
        "true" or "yes" or "1" or "on" => true,
        "false" or "no" or "0" or "off" => false,
        _ => throw new FormatException($"'{raw}' is not a boolean (true or false)"),
    };

    internal static int ParseWholeCpus(string raw)
    {
        if (!Quantity.TryParse(raw.Trim(), out var quantity, out _))
        {
            throw new FormatException($"'{raw}' is not a number of CPUs (a whole number such as 1, 2 or 4)");
        }

        if (!quantity.IsWhole)
        {
            throw new FormatException($"'{raw}' is a fractional CPU; the Application Hub requires whole CPUs (e.g. 1, 2 or 4)");
        }

        return quantity.Value <= 4096 ? (int)quantity.Value : throw new FormatException($"'{raw}' CPUs is more than any node has (at most 4096)");
    }

    internal static Memory ParseMemory(string raw) =>
        Contract.Memory.TryParse(raw.Trim(), out var memory, out var error) ? memory : throw new FormatException(error);

    internal static Quantity ParseSize(string raw)
    {
        if (!Quantity.TryParse(raw.Trim(), out var quantity, out var error))
        {
            throw new FormatException(error);
        }

        return quantity.Value >= 1 && quantity.IsWhole
            ? quantity
            : throw new FormatException($"'{raw}' is not a storage size (a whole number of bytes such as 10Gi or 500Mi)");
    }

    internal static long ParseCount(string raw) =>
        long.TryParse(raw.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count <= 1_000_000
            ? count
            : throw new FormatException($"'{raw}' is not a whole number (0, 1, 2, ...)");

    internal static ValueList<string> ParseList(string raw) =>
        ParseListItems(raw.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));

    /// <summary>List items: blanks dropped, order kept, repeats dropped, at least one.</summary>
    internal static ValueList<string> ParseListItems(IReadOnlyList<string> raw)
    {
        var items = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var given in raw)
        {
            var item = given.Trim();
            if (item.Length == 0)
            {
                continue;
            }

            if (seen.Add(item))
            {
                items.Add(item);
            }
        }

        return items.Count > 0 ? items.ToValueList() : throw new FormatException("needs at least one item (e.g. a,b)");
    }
}
