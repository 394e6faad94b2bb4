using Newtonsoft.Json.Linq;

namespace WorkspaceConfigurator.Tests.Support;

/// <summary>Integer arithmetic shared by both dialects: exact up to 64 bits, approximate beyond.</summary>
internal static class Yaml11Numbers
{
    /// <summary>An unsigned integer value; <see cref="Exact"/> is null when it needs more than 64 bits.</summary>
    internal readonly record struct Magnitude(ulong? Exact, double Approximate);

    /// <summary>Digits in a radix (no sign, no prefix); empty or out-of-radix digits are invalid.</summary>
    public static Magnitude Parse(string digits, int radix)
    {
        if (digits.Length == 0)
        {
            throw new InvalidDataException("an integer needs at least one digit");
        }

        var result = new Magnitude(0, 0);
        foreach (var c in digits)
        {
            var digit = c switch
            {
                >= '0' and <= '9' => c - '0',
                >= 'a' and <= 'f' => c - 'a' + 10,
                >= 'A' and <= 'F' => c - 'A' + 10,
                _ => radix,
            };
            result = digit < radix
                ? Append(result, (ulong)radix, (ulong)digit)
                : throw new InvalidDataException($"'{digits}' is not a base-{radix} integer");
        }

        return result;
    }

    /// <summary>YAML 1.1 base-60 integers such as 1:20 (= 80): decimal parts, most significant first.</summary>
    public static Magnitude Sexagesimal(IEnumerable<string> parts) =>
        parts.Select(p => Parse(p, 10)).Aggregate(
            new Magnitude(0, 0),
            (sum, part) => part.Exact is { } exact ? Append(sum, 60, exact) : new Magnitude(null, (sum.Approximate * 60) + part.Approximate));

    /// <summary>long when it fits, else ulong, else a double approximation (the Newtonsoft.Json 9 that NJsonSchema brings has no BigInteger).</summary>
    public static JValue Integer(bool negative, Magnitude magnitude)
    {
        const ulong int64MinMagnitude = 1UL << 63;
        return (magnitude.Exact, negative) switch
        {
            ({ } m, false) when m <= long.MaxValue => new JValue((long)m),
            ({ } m, false) => new JValue(m),
            (int64MinMagnitude, true) => new JValue(long.MinValue),
            ({ } m, true) when m < int64MinMagnitude => new JValue(-(long)m),
            _ => new JValue(negative ? -magnitude.Approximate : magnitude.Approximate),
        };
    }

    private static Magnitude Append(Magnitude value, ulong radix, ulong digit)
    {
        var approximate = (value.Approximate * radix) + digit;
        if (value.Exact is not { } exact)
        {
            return new Magnitude(null, approximate);
        }

        return exact <= (ulong.MaxValue - digit) / radix
            ? new Magnitude((exact * radix) + digit, approximate)
            : new Magnitude(null, approximate);
    }
}
