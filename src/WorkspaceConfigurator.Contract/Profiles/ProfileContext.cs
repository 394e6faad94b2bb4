namespace WorkspaceConfigurator.Contract;

/// <summary>What a hook may look at: the profile's resolved settings and its assets. Hooks do no other I/O.</summary>
public sealed class ProfileContext
{
    private readonly Func<SettingKey, object?> values;
    private readonly Func<string, string, ValueList<YamlNode>> readManifest;

    /// <param name="values">The resolved value of a setting the profile declares.</param>
    /// <param name="readManifest">The documents of a multi-document YAML text (the engine's reader); the second argument names the text in errors.</param>
    internal ProfileContext(string slug, Func<SettingKey, object?> values, AssetReader assets, Func<string, string, ValueList<YamlNode>> readManifest)
    {
        Slug = slug;
        this.values = values;
        Assets = assets;
        this.readManifest = readManifest;
    }

    public string Slug { get; }

    /// <summary>The user's home directory in the workspace (the home_path setting), e.g. /workspace.</summary>
    public string Home => Get(CoreSettings.HomePath);

    public AssetReader Assets { get; }

    public T Get<T>(SettingKey<T> key) => (T)values(key)!;

    /// <summary>A manifest built from a multi-document YAML asset.</summary>
    public ManifestSpec ManifestFromAsset(string name, string key, string assetPath, bool persist = false)
    {
        var text = Assets.ReadText(assetPath);
        try
        {
            return new ManifestSpec
            {
                Name = name,
                Key = key,
                Content = readManifest(text, assetPath),
                Persist = persist,
            };
        }
        catch (FormatException e)
        {
            // The message starts with the asset path and the line: ASSET:LINE:COL: path: problem.
            throw new ProfileException($"manifest asset {e.Message}", e);
        }
    }

    /// <summary>A config map whose content is an asset file.</summary>
    public ConfigMapSpec ConfigMapFromAsset(string name, string key, string? mountPath, string assetPath, int defaultMode = ConfigMapSpec.DefaultFileMode) =>
        new()
        {
            Name = name,
            Key = key,
            MountPath = mountPath,
            DefaultMode = defaultMode,
            ReadOnly = true,
            Content = Assets.ReadText(assetPath),
            Persist = false,
        };
}
