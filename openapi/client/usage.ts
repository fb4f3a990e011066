// How the frontend uses the generated client; compiled with the client under `tsc --strict`, so
// a spec change that breaks these types fails `make test`.
import {
  Configuration,
  ContactsApi,
  DealsApi,
  ResponseError,
  type Contact,
  type ContactCreateRequest,
} from "../../target/ts-client/src/index";

export async function example(token: string): Promise<Contact> {
  const config = new Configuration({ basePath: "http://localhost:8080/v1", accessToken: token });
  const contacts = new ContactsApi(config);
  const request: ContactCreateRequest = { firstName: "Ada", lastName: "Lovelace", tags: ["vip"] };
  const created = await contacts.createContact({
    contactCreateRequest: request,
    idempotencyKey: crypto.randomUUID(),
  });
  const page = await contacts.listContacts({ limit: 50, q: "ada" });
  const first: Contact | undefined = page.rows[0];
  const total: number = page.total;
  void first;
  void total;
  const deals = new DealsApi(config);
  try {
    await deals.getDealById({ id: created.id });
  } catch (error) {
    if (error instanceof ResponseError && error.response.status === 404) {
      return created;
    }
    throw error;
  }
  return created;
}
