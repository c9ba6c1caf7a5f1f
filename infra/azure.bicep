// An App Service (Linux, Node.js 24 LTS) running the bot in production mode on `instanceCount` instances, an Azure Bot
// (single-tenant) with the Teams channel, and a storage account whose private blob container holds the conversation
// state shared by the instances (STORAGE=blob; see docs/deployment.md for instance counts and costs).
// The Node.js line must be one CI tests on (.ci/node-versions; test/deployment.test.ts checks it).
@maxLength(20)
@minLength(4)
param resourceBaseName string
param botAadAppClientId string
@secure()
param botAadAppClientSecret string
param botTenantId string
param municipality string = 'vejen'
param allowedTenants string = ''
param webAppSKU string = 'B1'
@description('App Service instances (scale-out); two keep the bot up while one restarts.')
@minValue(1)
@maxValue(10)
param instanceCount int = 2
@description('Days a state document is kept after its last change (the bot and the lifecycle policy both delete).')
@minValue(1)
@maxValue(365)
param stateRetentionDays int = 30
@maxLength(42)
param botDisplayName string
param location string = resourceGroup().location

var stateContainer = 'handleguide-state'

resource storage 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: '${take(toLower(replace(resourceBaseName, '-', '')), 22)}st'
  location: location
  kind: 'StorageV2'
  sku: { name: 'Standard_LRS' }
  properties: {
    accessTier: 'Hot'
    supportsHttpsTrafficOnly: true
    minimumTlsVersion: 'TLS1_2'
    allowBlobPublicAccess: false
    allowCrossTenantReplication: false
    defaultToOAuthAuthentication: false
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2023-01-01' = {
  parent: storage
  name: 'default'
}

resource container 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-01-01' = {
  parent: blobService
  name: stateContainer
  properties: { publicAccess: 'None' }
}

// The platform deletes state past retention too, whether or not an instance runs its sweep.
resource lifecycle 'Microsoft.Storage/storageAccounts/managementPolicies@2023-01-01' = {
  parent: storage
  name: 'default'
  properties: {
    policy: {
      rules: [
        {
          name: 'state-retention'
          enabled: true
          type: 'Lifecycle'
          definition: {
            filters: { blobTypes: ['blockBlob'], prefixMatch: ['${stateContainer}/state/'] }
            // A backstop only: the bot's own sweep deletes at stateRetentionDays, and a saved case may ask to be
            // kept longer (until 30 days after the 4-month investigation deadline), so the policy waits 180 days more.
            actions: { baseBlob: { delete: { daysAfterModificationGreaterThan: stateRetentionDays + 180 } } }
          }
        }
      ]
    }
  }
}

resource serverfarm 'Microsoft.Web/serverfarms@2022-09-01' = {
  name: resourceBaseName
  location: location
  kind: 'linux'
  sku: { name: webAppSKU, capacity: instanceCount }
  properties: { reserved: true }
}

resource webApp 'Microsoft.Web/sites@2022-09-01' = {
  name: resourceBaseName
  location: location
  kind: 'app,linux'
  properties: {
    serverFarmId: serverfarm.id
    httpsOnly: true
    // Any instance serves any turn: state is in the blob container, so no sticky sessions.
    clientAffinityEnabled: false
    siteConfig: {
      // Liveness, not /readyz: while storage is down every instance must still answer with the emergency numbers.
      healthCheckPath: '/healthz'
      linuxFxVersion: 'NODE|24-lts'
      alwaysOn: true
      ftpsState: 'Disabled'
      minTlsVersion: '1.2'
      // Not `npm start`: that is the local playground. Production runs the built server.
      appCommandLine: 'node dist/src/server.js'
      appSettings: [
        { name: 'BOT_MODE', value: 'production' }
        { name: 'MicrosoftAppId', value: botAadAppClientId }
        { name: 'MicrosoftAppPassword', value: botAadAppClientSecret }
        { name: 'MicrosoftAppType', value: 'SingleTenant' }
        { name: 'MicrosoftAppTenantId', value: botTenantId }
        { name: 'MUNICIPALITY', value: municipality }
        { name: 'ALLOWED_TENANTS', value: empty(allowedTenants) ? botTenantId : allowedTenants }
        { name: 'STORAGE', value: 'blob' }
        { name: 'AZURE_STORAGE_CONNECTION_STRING', value: 'DefaultEndpointsProtocol=https;AccountName=${storage.name};AccountKey=${storage.listKeys().keys[0].value};EndpointSuffix=${environment().suffixes.storage}' }
        { name: 'AZURE_STORAGE_CONTAINER', value: stateContainer }
        { name: 'STATE_RETENTION_DAYS', value: string(stateRetentionDays) }
        { name: 'PORT', value: '8080' }
        { name: 'WEBSITES_PORT', value: '8080' }
        { name: 'SCM_DO_BUILD_DURING_DEPLOYMENT', value: 'false' }
      ]
    }
  }
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: resourceBaseName
  location: 'global'
  kind: 'azurebot'
  sku: { name: 'F0' }
  properties: {
    displayName: botDisplayName
    endpoint: 'https://${webApp.properties.defaultHostName}/api/messages'
    msaAppId: botAadAppClientId
    msaAppType: 'SingleTenant'
    msaAppTenantId: botTenantId
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: { channelName: 'MsTeamsChannel' }
}

output BOT_AZURE_APP_SERVICE_RESOURCE_ID string = webApp.id
output BOT_DOMAIN string = webApp.properties.defaultHostName
