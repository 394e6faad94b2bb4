namespace WorkspaceConfigurator.Contract;

/// <summary>
/// A profile's settings with their defaults, as its <c>Declare</c> override states them: the one place a profile
/// writes a default. Profile code can write here but never read back, so no hook can act on a default that a values
/// file or an override changed; hooks read resolved values through <c>ProfileContext.Get</c>.
/// </summary>
public sealed class SettingDefaults
{
    private readonly List<SettingDeclaration> declarations;
    private readonly Func<SettingSource> source;

    internal SettingDefaults(IEnumerable<SettingDeclaration> inherited, Func<SettingSource> source)
    {
        declarations = [.. inherited];
        this.source = source;
    }

    /// <summary>
    /// Gives <paramref name="key"/> its default: a setting every profile has (<see cref="CoreSettings"/>) or one
    /// declared before (by a family) takes the new default; any other setting is declared here.
    /// </summary>
    public SettingDefaults Set<T>(SettingKey<T> key, T value, SettingConstraints? constraints = null)
    {
        // Named by the caller with the profile, the class and the plugin: found later, a null would name nothing.
        _ = key ?? throw new NullMemberException("the key given to settings.Set");
        if (value is null && !key.IsOptional)
        {
            throw new NullMemberException($"the default given to {key.Name}");
        }

        if (value is not null && key.Problem(value) is { } problem)
        {
            throw new ProfileException($"{key.Name}: its default {key.FormatValue(value)} is not valid: {problem}");
        }

        return Put(new SettingDeclaration(key, value, source) { Constraints = constraints });
    }

    /// <summary>Declares a setting without a default: a values file or an override must set it, else the profile does not build.</summary>
    public SettingDefaults Require<T>(SettingKey<T> key, SettingConstraints? constraints = null)
    {
        _ = key ?? throw new NullMemberException("the key given to settings.Require");
        return Put(new SettingDeclaration(key, null, source) { Required = true, Constraints = constraints });
    }

    internal IReadOnlyList<SettingDeclaration> Declarations => declarations;

    // A setting keeps its place (core settings first, then in the order they were declared); its constraints stay
    // unless the new declaration brings its own.
    private SettingDefaults Put(SettingDeclaration declaration)
    {
        var at = declarations.FindIndex(d => d.Key.Name == declaration.Key.Name);
        if (at < 0)
        {
            declarations.Add(declaration);
        }
        else if (!ReferenceEquals(declarations[at].Key, declaration.Key))
        {
            throw new ArgumentException($"setting {declaration.Key.Name} is declared already, by another key; give the default with that key");
        }
        else
        {
            declarations[at] = declaration with { Constraints = declaration.Constraints ?? declarations[at].Constraints };
        }

        return this;
    }
}
