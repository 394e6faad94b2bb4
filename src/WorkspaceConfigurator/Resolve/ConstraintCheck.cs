using System.Text.RegularExpressions;

namespace WorkspaceConfigurator.Resolve;

/// <summary>Checks a setting's final value against the constraints its declaration gives.</summary>
internal static class ConstraintCheck
{
    /// <summary>What is wrong with the value, with what would be valid; null when it passes (or there is nothing to check).</summary>
    public static string? Problem(SettingDeclaration declaration, object? value, string profile)
    {
        if (declaration.Constraints is not { } constraints || value is null)
        {
            return null;
        }

        var key = declaration.Key;
        var shown = key.FormatValue(value);
        if (constraints.Allowed is { Count: > 0 } allowed && !allowed.Contains(shown))
        {
            return $"'{shown}' is not allowed (one of: {string.Join(", ", allowed)})";
        }

        if (constraints.Minimum is not null || constraints.Maximum is not null)
        {
            var amount = Amount(value) ?? throw Broken(profile, key, "bounds, but its values are no amounts");
            var minimum = Bound(constraints.Minimum, key, profile);
            var maximum = Bound(constraints.Maximum, key, profile);
            if ((minimum is not null && amount < minimum) || (maximum is not null && amount > maximum))
            {
                var range = (constraints.Minimum, constraints.Maximum) switch
                {
                    (null, var max) => $"at most {max}",
                    (var min, null) => $"at least {min}",
                    var (min, max) => $"{min} to {max}",
                };
                return $"{shown} is out of range ({range})";
            }
        }

        if (constraints.Pattern is { } pattern && !Matches(pattern, shown, profile, key))
        {
            return $"'{shown}' is not {constraints.PatternMessage ?? $"a value matching {pattern}"}";
        }

        return null;
    }

    private static decimal? Amount(object value) => value switch
    {
        int i => i,
        long l => l,
        decimal d => d,
        Quantity q => q.Value,
        Memory m => m.Bytes,
        _ => null,
    };

    private static decimal? Bound(string? text, SettingKey key, string profile)
    {
        if (text is null)
        {
            return null;
        }

        try
        {
            return Amount(key.ParseValue(text)) ?? throw Broken(profile, key, $"the bound '{text}', which is no amount");
        }
        catch (FormatException e)
        {
            throw Broken(profile, key, $"the bound '{text}': {e.Message}");
        }
    }

    private static bool Matches(string pattern, string value, string profile, SettingKey key)
    {
        try
        {
            // Anchored: the whole value must match, as a pattern in a schema means (\z, not $, which would also match
            // before a final line break).
            return Regex.IsMatch(value, $"^(?:{pattern})\\z", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }
        catch (ArgumentException e)
        {
            throw Broken(profile, key, $"the pattern '{pattern}': {e.Message}");
        }
        catch (RegexMatchTimeoutException)
        {
            throw Broken(profile, key, $"the pattern '{pattern}', which takes too long to match '{value}'");
        }
    }

    private static ProfileException Broken(string profile, SettingKey key, string what) =>
        new($"profile '{profile}' declares setting '{key.Name}' with {what}; fix the declaration");
}
