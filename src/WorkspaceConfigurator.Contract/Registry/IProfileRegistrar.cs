namespace WorkspaceConfigurator.Contract;

/// <summary>
/// The entry point of a set of profiles: each built-in family has one, and a plugin assembly exports one public
/// type implementing it. <see cref="Register"/> adds the concrete profiles, in the order they should be listed.
/// </summary>
public interface IProfileRegistrar
{
    void Register(IProfileRegistry registry);
}
