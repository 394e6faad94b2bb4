using WorkspaceConfigurator.Errors;

namespace WorkspaceConfigurator.Catalog;

/// <summary>
/// The settings each profile declares, asked of each profile object once per run, and the union over the whole
/// catalogue (what <c>global:</c> and mixins may set). Plugin code runs here, so a throw names the profile.
/// </summary>
internal sealed class DeclarationCache(ProfileRegistry registry)
{
    private readonly Dictionary<Profile, IReadOnlyList<SettingDeclaration>> byProfile = new(ReferenceEqualityComparer.Instance);
    private Dictionary<string, SettingDeclaration>? union;
    private HashSet<string>? typedTwoWays;

    public IReadOnlyList<SettingDeclaration> Of(ProfileRegistration registration)
    {
        // A data profile declares what its class declares: ask the class once for all of them.
        var profile = registration.Profile is DataProfile { Root: { } root } ? root : registration.Profile;
        if (byProfile.TryGetValue(profile, out var declarations))
        {
            return declarations;
        }

        var plugin = registry.PluginOf(profile);
        try
        {
            declarations = plugin is null ? profile.Settings() : PluginSettings(profile, registration, plugin);
        }
        catch (NullMemberException e)
        {
            throw new ProfileException($"profile '{registration.Slug}' ({Culprit(profile, registration, plugin)}): {e.Member} is null, which the contract does not allow", e);
        }
        catch (ProfileException e) when (plugin is not null)
        {
            // A plugin's own error need not name its profile: say whose Declare it came from.
            throw new ProfileException($"profile '{registration.Slug}' ({Culprit(profile, registration, plugin)}): Declare: {e.Message}", e);
        }
        catch (WsconfException)
        {
            throw;
        }
        catch (Exception e)
        {
            throw new ProfileException($"profile '{registration.Slug}' ({Culprit(profile, registration, plugin)}): reading its settings failed: {PluginExceptions.Describe(e)}", e);
        }

        byProfile[profile] = declarations;
        return declarations;
    }

    // The class and the plugin for a plugin's profile (also when a values file's profile extends it), else the origin.
    private static string Culprit(Profile profile, ProfileRegistration registration, string? plugin) =>
        plugin is null ? registration.Origin : $"{profile.GetType().FullName}, {plugin}";

    // A plugin's settings, read as a plugin call: its Declare runs here, so a hang or a print names it.
    private IReadOnlyList<SettingDeclaration> PluginSettings(Profile profile, ProfileRegistration registration, string plugin)
    {
        using var call = registry.Calls.Enter(plugin, registration.Slug, "Declare");
        return profile.Settings();
    }

    /// <summary>The setting of that name declared by any profile of the catalogue (the first to declare it), or null.</summary>
    public SettingKey? AnyKey(string name) => Union().GetValueOrDefault(name)?.Key;

    public IReadOnlyList<string> AllNames() => [.. Union().Values.Select(d => FieldName(d.Key))];

    /// <summary>
    /// Whether classes of the catalogue give the setting of that name two types (two plugins may well pick one name).
    /// A value under <c>global:</c> or in a mixin is then typed by each profile it reaches, not when it is read. (Both
    /// are scalars or lists: a class cannot declare a map setting, nor give one of wsconf's own settings another type.)
    /// </summary>
    public bool IsTypedTwoWays(string name)
    {
        Union(); // finds them
        return typedTwoWays?.Contains(name) == true;
    }

    /// <summary>The declaration of the setting of that name, or null.</summary>
    public static SettingDeclaration? Find(IReadOnlyList<SettingDeclaration> declarations, string name)
    {
        foreach (var declaration in declarations)
        {
            if (declaration.Key.Name == name)
            {
                return declaration;
            }
        }

        return null;
    }

    public static SettingKey? KeyIn(IReadOnlyList<SettingDeclaration> declarations, string name) => Find(declarations, name)?.Key;

    public static IReadOnlyList<string> FieldNames(IReadOnlyList<SettingDeclaration> declarations) => [.. declarations.Select(d => FieldName(d.Key))];

    private static string FieldName(SettingKey key) => key.IsMap ? key.Name + ".KEY" : key.Name;

    private Dictionary<string, SettingDeclaration> Union()
    {
        if (union is not null)
        {
            return union;
        }

        union = new Dictionary<string, SettingDeclaration>(StringComparer.Ordinal);
        var seenTypes = new HashSet<Type>();
        foreach (var registration in registry.All)
        {
            // Profiles of one class declare the same settings; data profiles declare their class's.
            if (registration.Profile is DataProfile || !seenTypes.Add(registration.Profile.GetType()))
            {
                continue;
            }

            foreach (var declaration in Of(registration))
            {
                if (!union.TryAdd(declaration.Key.Name, declaration) && !union[declaration.Key.Name].Key.ReadsLike(declaration.Key))
                {
                    (typedTwoWays ??= new HashSet<string>(StringComparer.Ordinal)).Add(declaration.Key.Name);
                }
            }
        }

        return union;
    }
}
