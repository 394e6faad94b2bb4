using System.Globalization;

namespace WorkspaceConfigurator.Contract;

/// <summary>
/// An amount of memory in bytes. Parses Kubernetes binary quantities ("6Gi") and the Application Hub's own
/// notation ("6G", where K, M, G and T are powers of 1024 because JupyterHub reads them that way), and writes
/// both forms: the hub form for config.yml and the Kubernetes form for pods.
/// </summary>
public readonly record struct Memory(decimal Bytes)
{
    private const decimal Ki = 1024m;

    // Far beyond any node, and small enough that every conversion below stays exact in decimal.
    private static readonly decimal Max = Ki * Ki * Ki * Ki * Ki;

    private static readonly (string Hub, string Kubernetes, decimal Size)[] Units =
    [
        ("T", "Ti", Ki * Ki * Ki * Ki),
        ("G", "Gi", Ki * Ki * Ki),
        ("M", "Mi", Ki * Ki),
        ("K", "Ki", Ki),
    ];

    public static Memory Parse(string text) =>
        TryParse(text, out var memory, out var error) ? memory : throw new FormatException(error);

    public static Memory GiB(int gibibytes) => new(gibibytes * Ki * Ki * Ki);

    public static bool TryParse(string? text, out Memory memory, out string error)
    {
        memory = default;
        error = "";
        if (text is not null && IsHubForm(text))
        {
            // The hub's notation: K/M/G/T are binary.
            var unit = Array.Find(Units, u => u.Hub[0] == text[^1]);
            try
            {
                var number = decimal.Parse(text.AsSpan(0, text.Length - 1), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
                return Whole(text!, number * unit.Size, out memory, out error);
            }
            catch (OverflowException)
            {
                error = TooMuch(text!);
                return false;
            }
        }

        if (!Quantity.TryParse(text, out var quantity, out error))
        {
            error = $"'{text}' is not an amount of memory (e.g. 6G or 6Gi for 6 GiB, 512M or 512Mi)";
            return false;
        }

        return Whole(text!, quantity.Value, out memory, out error);
    }

    private static bool Whole(string text, decimal bytes, out Memory memory, out string error)
    {
        memory = new Memory(bytes);
        error = "";
        if (bytes > Max)
        {
            error = TooMuch(text);
            return false;
        }

        if (bytes == decimal.Truncate(bytes) && bytes > 0)
        {
            return true;
        }

        error = $"'{text}' is not a positive whole number of bytes (e.g. 6G or 6Gi for 6 GiB)";
        return false;
    }

    private static string TooMuch(string text) => $"'{text}' is more memory than any node has (at most 1024T)";

    /// <summary>The hub's form, <c>^\d+(\.\d+)?[KMGT]$</c>: the largest unit that gives a whole number, else K with a fraction.</summary>
    public string ToHubString()
    {
        foreach (var unit in Units)
        {
            if (Bytes % unit.Size == 0)
            {
                return Format(Bytes / unit.Size) + unit.Hub;
            }
        }

        return Format(Bytes / Ki) + "K";
    }

    /// <summary>The Kubernetes form: a binary suffix when the size is a whole number of one, else plain bytes.</summary>
    public string ToKubernetesString()
    {
        foreach (var unit in Units)
        {
            if (Bytes % unit.Size == 0)
            {
                return Format(Bytes / unit.Size) + unit.Kubernetes;
            }
        }

        return Format(Bytes);
    }

    // A whole number (the common case) is written as an integer: the custom format is parsed again at every call.
    private static string Format(decimal value) => value == decimal.Truncate(value) && value <= long.MaxValue
        ? ((long)value).ToString(CultureInfo.InvariantCulture)
        : value.ToString("0.############################", CultureInfo.InvariantCulture);

    public override string ToString() => ToHubString();

    // ^[0-9]+(\.[0-9]+)?[KMGT]$, scanned by hand (see Names for why).
    private static bool IsHubForm(string text)
    {
        if (text.Length < 2 || "KMGT".IndexOf(text[^1]) < 0)
        {
            return false;
        }

        var number = text.AsSpan(0, text.Length - 1);
        var dot = number.IndexOf('.');
        var whole = dot < 0 ? number : number[..dot];
        var fraction = dot < 0 ? "1" : number[(dot + 1)..];
        return whole.Length > 0 && fraction.Length > 0 && !whole.ContainsAnyExceptInRange('0', '9') && !fraction.ContainsAnyExceptInRange('0', '9');
    }
}
