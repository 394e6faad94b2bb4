using k8s.Models;
using WorkspaceConfigurator.Hub.Templates;

namespace WorkspaceConfigurator.Hub;

/// <summary>Renders the placeholders of every string taken from a spec, and builds metadata in the user's namespace.</summary>
internal sealed class SpawnText(SpawnTarget target)
{
    public string Namespace => target.Namespace;

    public string User => target.User;

    public string PodName => target.PodName;

    public string this[string text] => PlaceholderTree.HubText(text, target.Placeholders);

    public string? OrNull(string? text) => text is null ? null : this[text];

    public ValueList<string> List(IReadOnlyList<string> items) => ValueList.From(items, item => this[item]);

    public ValueMap<string> Map(ValueMap<string> map)
    {
        var rendered = new KeyValuePair<string, string>[map.Count];
        for (var i = 0; i < rendered.Length; i++)
        {
            rendered[i] = new(this[map[i].Key], this[map[i].Value]);
        }

        return ValueMap<string>.From(rendered);
    }

    /// <summary>Metadata of an object the hub creates in the user's namespace.</summary>
    public V1ObjectMeta Meta(string name) => new() { Name = this[name], NamespaceProperty = target.Namespace };
}
