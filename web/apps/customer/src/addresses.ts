// The customer's saved addresses: operations for the profile and the booking form.
import { graphql } from "@dispatchhub/graphql";

export const SavedAddressesQuery = graphql(`
  query CustomerSavedAddresses { savedAddresses { id label address location { lat lon } } }
`);

export const AddressRegionsQuery = graphql(`
  query CustomerAddressRegions { regions { code name center { lat lon } } }
`);

export const AddressCreateMutation = graphql(`
  mutation CustomerAddressCreate($input: AddressCreateInput!) {
    addressCreate(input: $input) { address { id label address location { lat lon } } errors { field message code } }
  }
`);

export const AddressUpdateMutation = graphql(`
  mutation CustomerAddressUpdate($input: AddressUpdateInput!) {
    addressUpdate(input: $input) { address { id label address location { lat lon } } errors { field message code } }
  }
`);

export const AddressDeleteMutation = graphql(`
  mutation CustomerAddressDelete($input: AddressDeleteInput!) {
    addressDelete(input: $input) { address { id } errors { field message code } }
  }
`);
