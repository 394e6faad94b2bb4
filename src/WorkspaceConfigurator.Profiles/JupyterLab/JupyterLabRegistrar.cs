namespace WorkspaceConfigurator.Profiles.JupyterLab;

/// <summary>Registers the JupyterLab profiles, in the order they are listed.</summary>
public sealed class JupyterLabRegistrar : IProfileRegistrar
{
    public void Register(IProfileRegistry registry) => registry.Add(new JupyterLabSmall());
}
