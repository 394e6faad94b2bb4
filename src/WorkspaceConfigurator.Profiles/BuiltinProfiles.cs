using WorkspaceConfigurator.Profiles.Coder;
using WorkspaceConfigurator.Profiles.JupyterLab;
using WorkspaceConfigurator.Profiles.RemoteDesktop;

namespace WorkspaceConfigurator.Profiles;

/// <summary>The built-in catalogue: each family's registrar, in listing order.</summary>
public static class BuiltinProfiles
{
    public static IReadOnlyList<IProfileRegistrar> Registrars() => [new CoderRegistrar(), new RemoteDesktopRegistrar(), new JupyterLabRegistrar()];
}
