using WorkspaceConfigurator.Kubernetes;
using WorkspaceConfigurator.Templates;
using WorkspaceConfigurator.Values;

namespace WorkspaceConfigurator.Rendering.Kubernetes;

/// <summary>Renders the placeholders of every string taken from a spec, and builds metadata in the user's namespace.</summary>
internal sealed class SpawnText(SpawnTarget target)
{
    public string Namespace => target.Namespace;

    public string User => target.User;

    public string PodName => target.PodName;

    public string this[string text] => PlaceholderTree.HubText(text, target.Placeholders);

    public string? OrNull(string? text) => text is null ? null : this[text];

    public ValueList<string> List(IEnumerable<string> items) => items.Select(i => this[i]).ToValueList();

    public ValueMap<string> Map(IEnumerable<KeyValuePair<string, string>> map) =>
        ValueMap<string>.From(map.Select(e => new KeyValuePair<string, string>(this[e.Key], this[e.Value])));

    /// <summary>Metadata of an object the hub creates in the user's namespace.</summary>
    public ObjectMeta Meta(string name) => new(this[name], target.Namespace);
}
