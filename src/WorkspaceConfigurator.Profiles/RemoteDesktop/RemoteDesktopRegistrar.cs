namespace WorkspaceConfigurator.Profiles.RemoteDesktop;

/// <summary>Registers the remote desktop profiles, in the order they are listed.</summary>
public sealed class RemoteDesktopRegistrar : IProfileRegistrar
{
    public void Register(IProfileRegistry registry)
    {
        registry.Add(new RemoteDesktop());
        registry.Add(new QgisRemoteDesktop());
        registry.Add(new PanoplyRemoteDesktop());
        registry.Add(new SnapRemoteDesktop());
    }
}
