namespace WorkspaceConfigurator.Contract;

/// <summary>
/// A record a hook gives the build (a volume, a config map, an environment value ...): the types whose fields the
/// engine checks for a null the contract does not allow. The YAML a manifest carries and the value types are not.
/// </summary>
internal interface ISpecRecord;
