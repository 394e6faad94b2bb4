using k8s.Models;

namespace WorkspaceConfigurator.Render.KubernetesObjects;

/// <summary>
/// A <see cref="ResourceQuantity"/> that remembers how it was written ("1.5Gi", not the canonical "1536Mi"), so the
/// preview shows the quantity the profile gives.
/// </summary>
internal sealed class WrittenQuantity(string text) : ResourceQuantity(text)
{
    public string Text { get; } = text;

    public override string ToString() => Text;
}
