// The bot in Azure: a user-assigned managed identity (the bot's Microsoft App ID, no secret), App Service on Linux
// running Node 20, a Storage account with a blob container for bot state when more than one instance runs,
// optional Application Insights, and the Azure Bot with its Teams channel. Deployed by `atk provision`
// (m365agents.yml) or by `az deployment group create` (see the README's "Deploy to Azure").

@minLength(4)
@maxLength(20)
@description('Prefix of every resource name; letters, digits and dashes (the storage account drops the dashes).')
param resourceBaseName string

@description('Region of the web app, the storage account and the telemetry; the bot itself is global.')
param location string = resourceGroup().location

@description('App Service plan: B1 for a trial, P0v3 or larger for production (always on, more memory).')
param webAppSku string = 'B1'

@minValue(1)
@maxValue(10)
@description('Instances of the web app. With more than one, bot state must be shared: STORAGE=blob.')
param instanceCount int = 1

@allowed(['sqlite', 'blob'])
@description('sqlite: one file under /home (one instance); blob: the container below, for any number of instances.')
param botStorage string = 'blob'

@allowed(['F0', 'S1'])
@description('Azure Bot pricing tier: F0 (free, standard channels such as Teams are free either way) or S1.')
param botSku string = 'F0'

@description('The bot\'s display name in Azure.')
param botDisplayName string

@allowed(['nl', 'en'])
param defaultLanguage string = 'nl'

@description('Teams tenants (Entra tenant ids, comma-separated) whose users may use the bot; empty: every tenant.')
param allowedTenants string = ''

@description('The helpdesk channel id (19:...@thread.tacv2) and the Bot Connector URL of its region; both or neither.')
param helpdeskChannelId string = ''
param helpdeskServiceUrl string = ''

@allowed(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
param logLevel string = 'info'

@description('Create Application Insights and send telemetry to it (no message text is ever sent).')
param enableTelemetry bool = true

var storageAccountName = take(toLower(replace('${resourceBaseName}state', '-', '')), 24)
var blobContainerName = 'bot-state'

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: resourceBaseName
  location: location
}

resource stateAccount 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: storageAccountName
  location: location
  kind: 'StorageV2'
  sku: { name: 'Standard_LRS' }
  properties: {
    accessTier: 'Hot'
    allowBlobPublicAccess: false
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
  parent: stateAccount
  name: 'default'
}

resource stateContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: blobService
  name: blobContainerName
  properties: { publicAccess: 'None' }
}

resource logs 'Microsoft.OperationalInsights/workspaces@2023-09-01' = if (enableTelemetry) {
  name: resourceBaseName
  location: location
  properties: {
    sku: { name: 'PerGB2018' }
    retentionInDays: 30
  }
}

resource insights 'Microsoft.Insights/components@2020-02-02' = if (enableTelemetry) {
  name: resourceBaseName
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logs.id
  }
}

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: resourceBaseName
  location: location
  kind: 'linux'
  sku: {
    name: webAppSku
    capacity: instanceCount
  }
  properties: { reserved: true }
}

resource webApp 'Microsoft.Web/sites@2023-12-01' = {
  name: resourceBaseName
  location: location
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identity.id}': {} }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      linuxFxVersion: 'NODE|20-lts'
      // node itself, not npm: App Service's SIGTERM on restart or scale-in reaches the bot's graceful shutdown.
      appCommandLine: 'node dist/index.js'
      alwaysOn: true
      healthCheckPath: '/healthz'
      ftpsState: 'Disabled'
      minTlsVersion: '1.2'
      http20Enabled: true
      appSettings: [
        // The deployment uploads the sources; App Service installs, builds and prunes on Linux, so the native
        // SQLite module matches the host.
        { name: 'SCM_DO_BUILD_DURING_DEPLOYMENT', value: 'true' }
        { name: 'PRUNE_DEV_DEPENDENCIES', value: 'true' }
        { name: 'WEBSITES_CONTAINER_START_TIME_LIMIT', value: '120' }
        { name: 'MicrosoftAppType', value: 'UserAssignedMSI' }
        { name: 'MicrosoftAppId', value: identity.properties.clientId }
        { name: 'MicrosoftAppTenantId', value: identity.properties.tenantId }
        { name: 'STORAGE', value: botStorage }
        // /home is the only lasting, writable place on App Service (the app folder is replaced on deploy).
        { name: 'SQLITE_PATH', value: '/home/data/bot.sqlite' }
        {
          name: 'BLOB_CONNECTION_STRING'
          value: 'DefaultEndpointsProtocol=https;AccountName=${stateAccount.name};AccountKey=${stateAccount.listKeys().keys[0].value};EndpointSuffix=${environment().suffixes.storage}'
        }
        { name: 'BLOB_CONTAINER', value: blobContainerName }
        { name: 'DEFAULT_LANGUAGE', value: defaultLanguage }
        { name: 'ALLOWED_TENANTS', value: allowedTenants }
        { name: 'HELPDESK_CHANNEL_ID', value: helpdeskChannelId }
        { name: 'HELPDESK_SERVICE_URL', value: helpdeskServiceUrl }
        { name: 'LOG_LEVEL', value: logLevel }
        { name: 'LOG_PRETTY', value: 'false' }
        { name: 'SHUTDOWN_GRACE_MS', value: '10000' }
        { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: enableTelemetry ? insights.properties.ConnectionString : '' }
      ]
    }
  }
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: resourceBaseName
  location: 'global'
  kind: 'azurebot'
  sku: { name: botSku }
  properties: {
    displayName: botDisplayName
    endpoint: 'https://${webApp.properties.defaultHostName}/api/messages'
    msaAppId: identity.properties.clientId
    msaAppMSIResourceId: identity.id
    msaAppTenantId: identity.properties.tenantId
    msaAppType: 'UserAssignedMSI'
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: { channelName: 'MsTeamsChannel' }
}

// Written to env/.env.<environment> by the toolkit (names as they are), or read with `az deployment group show`.
output BOT_ID string = identity.properties.clientId
output BOT_TENANT_ID string = identity.properties.tenantId
output BOT_DOMAIN string = webApp.properties.defaultHostName
output BOT_AZURE_APP_SERVICE_RESOURCE_ID string = webApp.id
output BOT_ENDPOINT string = 'https://${webApp.properties.defaultHostName}/api/messages'
