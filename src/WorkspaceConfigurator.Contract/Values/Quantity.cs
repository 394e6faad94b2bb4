using System.Globalization;

namespace WorkspaceConfigurator.Contract;

/// <summary>
/// A non-negative Kubernetes resource quantity ("10Gi", "500m", "1e3"), kept as written and as an exact value.
/// Two quantities are equal when their values are equal ("1Gi" equals "1024Mi").
/// </summary>
public readonly struct Quantity : IEquatable<Quantity>
{
    private Quantity(string text, decimal value)
    {
        Text = text;
        Value = value;
    }

    /// <summary>The quantity as written, e.g. "10Gi".</summary>
    public string Text { get; }

    /// <summary>The exact value in base units (bytes, cores, ...).</summary>
    public decimal Value { get; }

    public bool IsWhole => Value == decimal.Truncate(Value);

    public static Quantity Parse(string text) =>
        TryParse(text, out var quantity, out var error) ? quantity : throw new FormatException(error);

    public static bool TryParse(string? text, out Quantity quantity, out string error)
    {
        quantity = default;
        error = "";
        if (text is null || !Split(text, out var numberText, out var suffix))
        {
            error = $"'{text}' is not a Kubernetes quantity (e.g. 10Gi, 500Mi, 2, 1.5, 500m)";
            return false;
        }

        try
        {
            var number = decimal.Parse(numberText, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
            quantity = new Quantity(text, number * Multiplier(suffix));
            return true;
        }
        catch (OverflowException)
        {
            error = $"'{text}' is too large for a Kubernetes quantity";
            return false;
        }
    }

    private static decimal Multiplier(string suffix) => suffix switch
    {
        "" => 1m,
        "Ki" => 1024m,
        "Mi" => 1024m * 1024,
        "Gi" => 1024m * 1024 * 1024,
        "Ti" => 1024m * 1024 * 1024 * 1024,
        "Pi" => 1024m * 1024 * 1024 * 1024 * 1024,
        "Ei" => 1024m * 1024 * 1024 * 1024 * 1024 * 1024,
        "n" => 0.000000001m,
        "u" => 0.000001m,
        "m" => 0.001m,
        "k" => 1e3m,
        "M" => 1e6m,
        "G" => 1e9m,
        "T" => 1e12m,
        "P" => 1e15m,
        "E" => 1e18m,
        _ => PowerOfTen(int.Parse(suffix.AsSpan(1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture)),
    };

    private static decimal PowerOfTen(int exponent)
    {
        if (exponent is > 28 or < -28)
        {
            throw new OverflowException();
        }

        var result = 1m;
        for (var i = 0; i < Math.Abs(exponent); i++)
        {
            result *= 10m;
        }

        return exponent < 0 ? 1m / result : result;
    }

    // Kubernetes' quantity grammar without a sign (resources we handle are never negative), scanned by hand:
    // ^(?<number>[0-9]+(\.[0-9]*)?|\.[0-9]+)(?<suffix>[KMGTPE]i|[eE][-+]?[0-9]+|[numkMGTPE])?$
    private static bool Split(string text, out string number, out string suffix)
    {
        var i = 0;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        var whole = i;
        if (i < text.Length && text[i] == '.')
        {
            i++;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }
        }

        number = text[..i];
        suffix = text[i..];
        var numberOk = whole > 0 || i - whole > 1;
        return numberOk && IsSuffix(suffix);
    }

    private static bool IsSuffix(string suffix) =>
        suffix.Length == 0
        || (suffix.Length == 1 && "numkMGTPE".Contains(suffix[0]))
        || (suffix.Length == 2 && suffix[1] == 'i' && "KMGTPE".Contains(suffix[0]))
        || IsExponent(suffix);

    private static bool IsExponent(string suffix)
    {
        if (suffix.Length < 2 || suffix[0] is not ('e' or 'E'))
        {
            return false;
        }

        var digits = suffix[1] is '+' or '-' ? suffix.AsSpan(2) : suffix.AsSpan(1);
        return digits.Length > 0 && !digits.ContainsAnyExceptInRange('0', '9');
    }

    public bool Equals(Quantity other) => Value == other.Value;

    public override bool Equals(object? obj) => obj is Quantity other && Equals(other);

    public override int GetHashCode() => Value.GetHashCode();

    public static bool operator ==(Quantity left, Quantity right) => left.Equals(right);

    public static bool operator !=(Quantity left, Quantity right) => !left.Equals(right);

    public override string ToString() => Text;
}
