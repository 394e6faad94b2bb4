using WorkspaceConfigurator.Assets;
using WorkspaceConfigurator.Settings;
using WorkspaceConfigurator.Spec;
using WorkspaceConfigurator.Values;
using WorkspaceConfigurator.Yaml;

namespace WorkspaceConfigurator.Profiles;

/// <summary>What a hook may look at: the profile's resolved settings and its assets. Hooks do no other I/O.</summary>
public sealed class ProfileContext
{
    internal ProfileContext(string slug, string home, ResolvedSettings settings, AssetReader assets)
    {
        Slug = slug;
        Home = home;
        Settings = settings;
        Assets = assets;
    }

    public string Slug { get; }

    /// <summary>The user's home directory in the workspace, e.g. /workspace.</summary>
    public string Home { get; }

    internal ResolvedSettings Settings { get; }

    public AssetReader Assets { get; }

    public T Get<T>(SettingKey<T> key) => (T)Settings.Value(key)!;

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
                Content = YamlTemplateReader.ReadDocuments(text, assetPath).ToValueList(),
                Persist = persist,
            };
        }
        catch (FormatException e)
        {
            // The message starts with the asset path and the line: ASSET:LINE:COL: path: problem.
            throw new Errors.ProfileException($"manifest asset {e.Message}", e);
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
