namespace WorkspaceConfigurator.Diff;

/// <summary>What a change does to a user who already has a workspace, mildest first: the order is the severity.</summary>
internal enum ChangeClass
{
    /// <summary>Takes effect when the user next starts a workspace.</summary>
    NextStart,

    /// <summary>Reaches new users only: the hub creates the object only when it is absent, and existing users have it.</summary>
    NotApplied,

    /// <summary>Users lose files, or their selection.</summary>
    DataLoss,
}
