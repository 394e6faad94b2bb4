using System.Security.Cryptography;
using System.Text;
using WorkspaceConfigurator.Values;

namespace WorkspaceConfigurator.Diff;

/// <summary>
/// A value of a config.yml as the comparison sees it, whichever side it came from: no marks, no quoting, value
/// equality all the way down, so two files that mean the same thing compare equal however they were written.
/// </summary>
internal abstract record HubValue;

/// <summary>A scalar; <see cref="Text"/> is null for YAML's null.</summary>
internal sealed record HubText(string? Text) : HubValue
{
    public static HubText Null { get; } = new((string?)null);
}

internal sealed record HubList(ValueList<HubValue> Items) : HubValue;

internal sealed record HubEntry(string Key, HubValue Value);

internal sealed record HubMap(ValueList<HubEntry> Entries) : HubValue
{
    public static HubMap Empty { get; } = new(ValueList<HubEntry>.Empty);

    public HubValue? this[string key]
    {
        get
        {
            foreach (var entry in Entries)
            {
                if (entry.Key == key)
                {
                    return entry.Value;
                }
            }

            return null;
        }
    }

    /// <summary>The text of a scalar entry; null when it is absent, null or not a scalar.</summary>
    public string? Text(string key) => this[key] is HubText { Text: { } text } ? text : null;
}

/// <summary>
/// Credentials (a pull secret's data): only a digest is kept, so a change can be seen without the value ever being
/// held, printed or written by the comparison.
/// </summary>
internal sealed record HubSecret(string Digest) : HubValue
{
    public static HubSecret Of(string text) => new(Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text))));
}
